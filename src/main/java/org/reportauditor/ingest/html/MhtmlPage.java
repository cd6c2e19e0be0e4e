package org.reportauditor.ingest.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page inside a web archive (MHTML: Word's and browsers' "single file web page", .mht, often
 * renamed .doc by portals): a MIME message whose first HTML part, quoted-printable or base64
 * encoded, is the page. A file that is no web archive is left as it is.
 */
final class MhtmlPage {
    /** Where a web archive's MIME headers must show themselves. */
    private static final int HEADER_SCAN = 4096;
    private static final Pattern BOUNDARY =
            Pattern.compile("boundary\\s*=\\s*\"?([^\"\\s;]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The page's bytes and the charset its MIME part declares, if any. */
    record Part(byte[] content, Optional<String> charset) {
    }

    private MhtmlPage() {
    }

    /** The HTML part of a web archive, or the data itself when it is not a web archive. */
    static Part of(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        String head = text.substring(0, Math.min(text.length(), HEADER_SCAN)).toLowerCase(Locale.ROOT);
        Matcher boundary = BOUNDARY.matcher(text.substring(0, Math.min(text.length(), HEADER_SCAN)));
        if (!head.contains("mime-version:") || !head.contains("multipart/") || !boundary.find()) {
            return new Part(data, Optional.empty());
        }
        String delimiter = "--" + boundary.group(1);
        for (int start = text.indexOf(delimiter); start >= 0; ) {
            int partStart = start + delimiter.length();
            int next = text.indexOf(delimiter, partStart);
            String part = text.substring(partStart, next < 0 ? text.length() : next);
            Optional<Part> page = htmlPart(part);
            if (page.isPresent()) {
                return page.get();
            }
            start = next;
        }
        return new Part(data, Optional.empty());
    }

    private static Optional<Part> htmlPart(String part) {
        // the part's headers end at its first blank line, in CRLF or bare LF files alike
        int crlf = part.indexOf("\r\n\r\n");
        int lf = part.indexOf("\n\n");
        boolean bareLf = lf >= 0 && (crlf < 0 || lf < crlf);
        int bodyStart = bareLf ? lf : crlf;
        if (bodyStart < 0) {
            return Optional.empty();
        }
        int separator = bareLf ? 2 : 4;
        String headers = part.substring(0, bodyStart).toLowerCase(Locale.ROOT);
        if (!headers.contains("text/html")) {
            return Optional.empty();
        }
        String body = part.substring(bodyStart + separator);
        byte[] content;
        if (headers.contains("quoted-printable")) {
            content = quotedPrintable(body);
        } else if (headers.contains("base64")) {
            content = base64(body);
        } else {
            content = body.getBytes(StandardCharsets.ISO_8859_1);
        }
        Matcher charset = CHARSET.matcher(headers);
        return Optional.of(new Part(content, charset.find() ? Optional.of(charset.group(1)) : Optional.empty()));
    }

    /** Decodes quoted-printable text: "=XX" is a byte, "=" at the end of a line joins it to the next. */
    private static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
                i++;
            } else if (body.startsWith("\r\n", i + 1)) {
                i += 3;
            } else if (body.startsWith("\n", i + 1)) {
                i += 2;
            } else if (i + 2 < body.length() && isHex(body.charAt(i + 1)) && isHex(body.charAt(i + 2))) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    /** Decodes base64 text; a damaged tail is kept as it is, not decoded. */
    private static byte[] base64(String body) {
        byte[] encoded = body.strip().getBytes(StandardCharsets.ISO_8859_1);
        try {
            return Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException damaged) {
            return encoded;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
