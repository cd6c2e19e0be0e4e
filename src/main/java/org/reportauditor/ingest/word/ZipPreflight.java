package org.reportauditor.ingest.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.reportauditor.model.Problem;

/**
 * Looks into a zip file before an Office library parses it: a zip that is no Office package (an
 * OpenDocument file, a plain archive) is refused with a clear problem, and one whose XML would
 * inflate beyond what a report can need (a zip bomb) is refused before it fills the memory. The
 * XML entries are inflated once here, counting bytes, since the sizes a zip declares can lie. POI's
 * own {@link ZipSecureFile} limits (entries, inflation ratio) stay on; they are checked here first so
 * that a file they would stop is refused with a problem that says why, not as "damaged".
 */
final class ZipPreflight {
    private static final int BUFFER = 64 * 1024;

    private final long maxXmlBytes;

    ZipPreflight(long maxXmlBytes) {
        this.maxXmlBytes = maxXmlBytes;
    }

    /** A problem that stops the file from being read as an Office package, if any. */
    Optional<Problem> check(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > ZipSecureFile.getMaxFileCount()) {
                return Optional.of(WordProblems.tooManyEntries(name, zip.size(), ZipSecureFile.getMaxFileCount()));
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
                long entryBytes = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        xmlBytes += n;
                        entryBytes += n;
                        if (xmlBytes > maxXmlBytes) {
                            return Optional.of(WordProblems.contentTooLarge(name, maxXmlBytes));
                        }
                    }
                } catch (ZipException damagedEntry) {
                    // the reader finds it damaged too: the file if it is the document, a part lost if not
                    continue;
                }
                if (inflatesLikeABomb(entry, entryBytes)) {
                    return Optional.of(WordProblems.zipBomb(name, entry.getName(),
                            Math.round(1 / ZipSecureFile.getMinInflateRatio())));
                }
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            // no central directory, a broken entry, a truncated stream: all mean a damaged file
            return Optional.of(WordProblems.damaged(name));
        }
    }

    /** POI's rule: past the grace size, an entry must keep a minimum share of its inflated size compressed. */
    private static boolean inflatesLikeABomb(ZipEntry entry, long inflated) {
        return inflated > ZipSecureFile.getGraceEntrySize() && entry.getCompressedSize() >= 0
                && (double) entry.getCompressedSize() / inflated < ZipSecureFile.getMinInflateRatio();
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
