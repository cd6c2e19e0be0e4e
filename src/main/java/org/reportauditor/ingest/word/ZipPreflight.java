package org.reportauditor.ingest.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.reportauditor.model.Problem;

/**
 * Looks into a zip file before an Office library parses it: a zip that is no Office package (an
 * OpenDocument file, a plain archive) is refused with a clear problem, and one whose XML would
 * inflate beyond what a report can need (a zip bomb) is refused before it fills the memory. The
 * XML entries are inflated once here, counting bytes, since the sizes a zip declares can lie.
 */
final class ZipPreflight {
    private static final int MAX_ENTRIES = 10_000;
    private static final int BUFFER = 64 * 1024;

    private final long maxXmlBytes;

    ZipPreflight(long maxXmlBytes) {
        this.maxXmlBytes = maxXmlBytes;
    }

    /** A problem that stops the file from being read as an Office package, if any. */
    Optional<Problem> check(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return Optional.of(WordProblems.damaged(name));
            }
            if (!hasEntry(zip, "[Content_Types].xml")) {
                return Optional.of(WordProblems.unsupported(name, isOpenDocument(zip) ? "OpenDocument" : "ZIP"));
            }
            long xmlBytes = 0;
            byte[] buffer = new byte[BUFFER];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!isXml(entry)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        xmlBytes += n;
                        if (xmlBytes > maxXmlBytes) {
                            return Optional.of(WordProblems.contentTooLarge(name, maxXmlBytes));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            // no central directory, a broken entry, a truncated stream: all mean a damaged file
            return Optional.of(WordProblems.damaged(name));
        }
    }

    private static boolean isXml(ZipEntry entry) {
        String lower = entry.getName().toLowerCase(Locale.ROOT);
        return !entry.isDirectory() && (lower.endsWith(".xml") || lower.endsWith(".rels"));
    }

    private static boolean hasEntry(ZipFile zip, String name) {
        return zip.stream().anyMatch(entry -> entry.getName().equalsIgnoreCase(name));
    }

    private static boolean isOpenDocument(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return new String(in.readNBytes(256), StandardCharsets.US_ASCII).contains("opendocument");
        }
    }
}
