package org.reportauditor.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportauditor.ingest.TextDecoding;

/**
 * Decodes the bytes of a web page. Pages declare their charset ({@code <meta charset>}, the
 * {@code http-equiv} content type, an XML declaration), but declarations are often wrong: a page
 * converted to UTF-8 keeps its old {@code gb2312} meta. So evidence in the bytes wins: a byte order
 * mark, UTF-16's zero bytes, or text that is valid UTF-8 beyond ASCII (which GBK text never is).
 * Without such evidence the declaration is used if the bytes decode in it, else detection decides.
 */
final class HtmlCharset {
    /** Browsers look for the declaration in the first 1024 bytes; pages with long comments put it later. */
    private static final int DECLARATION_SCAN = 16 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private HtmlCharset() {
    }

    /**
     * Decodes a page; {@code declaredOutside} is the charset declared around it (the MIME part of a
     * web archive), which goes before the page's own declaration.
     */
    static String decode(byte[] data, Optional<String> declaredOutside) {
        TextDecoding.Decoded detected = TextDecoding.decode(data);
        String text;
        if (!detected.charset().equals(GB18030)) {
            text = detected.text();
        } else {
            Optional<String> declared = declaredOutside.or(() -> declaredCharset(data));
            if (declared.map(HtmlCharset::isUtf8).orElse(true) && isMostlyUtf8(data)) {
                text = new String(data, StandardCharsets.UTF_8);
            } else {
                text = TextDecoding.decode(data, declared.orElse(null)).text();
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The charset the page declares, if any. */
    static Optional<String> declaredCharset(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, DECLARATION_SCAN), StandardCharsets.ISO_8859_1);
        for (Pattern pattern : new Pattern[] {META_CHARSET, XML_ENCODING}) {
            Matcher matcher = pattern.matcher(head);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String charsetName) {
        try {
            return Charset.forName(charsetName.trim()).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return false;
        }
    }

    /**
     * UTF-8 text with a few broken bytes (a fragment pasted from a GBK page, a cut character): decoded
     * as GB18030 the whole page would turn to garbage, decoded as UTF-8 only those bytes are lost.
     */
    private static boolean isMostlyUtf8(byte[] data) {
        String lenient = new String(data, StandardCharsets.UTF_8);
        long nonAscii = lenient.chars().filter(c -> c >= 0x80).count();
        long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
        return nonAscii > 0 && broken * 100 <= nonAscii;
    }
}
