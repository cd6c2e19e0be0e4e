package org.reportauditor.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.reportauditor.model.DocumentKind;

/**
 * Tells a file's kind from its first bytes, not from its name: an extension can lie, the content
 * cannot. Returns empty for content that is none of the supported kinds.
 */
final class FileKind {
    private FileKind() {
    }

    static Optional<DocumentKind> sniff(byte[] head) {
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII)) || containsPdfHeader(head)) {
            return Optional.of(DocumentKind.PDF);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return Optional.of(DocumentKind.DOCX);
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Optional.of(DocumentKind.DOC);
        }
        if (!TextDecoding.looksLikeText(head)) {
            return Optional.empty();
        }
        String start = TextDecoding.decode(head).text().toLowerCase(Locale.ROOT);
        if (start.contains("<html") || start.contains("<!doctype html") || start.contains("<body")
                || start.contains("<table") || start.contains("<meta ")) {
            return Optional.of(DocumentKind.HTML);
        }
        return Optional.of(DocumentKind.TEXT);
    }

    /** Rich text, often saved with a .doc name; no reader of ours reads it. */
    static boolean isRtf(byte[] head) {
        return startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII));
    }

    /** Some producers put junk before {@code %PDF}; readers accept it within the first kilobyte. */
    private static boolean containsPdfHeader(byte[] head) {
        int limit = Math.min(head.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
