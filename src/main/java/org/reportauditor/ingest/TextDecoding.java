package org.reportauditor.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes text whose encoding nobody states: UTF-8 (with or without BOM), UTF-16 (with BOM, or
 * recognised by its zero bytes) and GB18030 (a superset of GBK and GB2312, the usual encoding of
 * Chinese files that are not UTF-8).
 */
public final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** Decoded text and the charset it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(data, 3, data.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(data, 2, data.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(data);
        if (utf16 != null) {
            return new Decoded(new String(data, utf16), utf16);
        }
        // a file read up to a limit may end inside a character: it is UTF-8 still
        Optional<String> utf8 = strictly(data, StandardCharsets.UTF_8)
                .or(() -> strictly(withoutCutCharacter(data), StandardCharsets.UTF_8));
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        return new Decoded(new String(data, GB18030), GB18030);
    }

    /** The bytes without a UTF-8 character cut short at their end (the same bytes where none is). */
    private static byte[] withoutCutCharacter(byte[] data) {
        for (int back = 1; back <= Math.min(3, data.length); back++) {
            int b = data[data.length - back] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return length > back ? java.util.Arrays.copyOf(data, data.length - back) : data;
            }
        }
        return data;
    }

    /** Decodes with a charset a document declares, falling back to detection if it is unknown. */
    public static Decoded decode(byte[] data, String declaredCharset) {
        if (declaredCharset != null) {
            try {
                Charset cs = Charset.forName(declaredCharset.trim());
                if (cs.name().equalsIgnoreCase("GBK") || cs.name().equalsIgnoreCase("GB2312")) {
                    cs = GB18030;
                }
                Optional<String> text = strictly(data, cs);
                if (text.isPresent()) {
                    return new Decoded(text.get(), cs);
                }
            } catch (IllegalArgumentException unknownCharset) {
                // an unknown or misspelt charset name: detect instead
            }
        }
        return decode(data);
    }

    /**
     * Whether the bytes look like text in one of the encodings above: few control characters, and
     * valid in UTF-8, UTF-16 or GB18030. The last few bytes may be a character cut in half.
     */
    static boolean looksLikeText(byte[] data) {
        if (data.length == 0) {
            return true;
        }
        if (utf16WithoutBom(data) != null || (data.length >= 2 && ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE
                || (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF))) {
            return true;
        }
        int control = 0;
        for (byte b : data) {
            int c = b & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        if (control > data.length / 100 + 1) {
            return false;
        }
        // the bytes may end inside a character where the caller cut them off
        for (int cut = 0; cut < Math.min(4, data.length); cut++) {
            byte[] body = java.util.Arrays.copyOf(data, data.length - cut);
            if (strictly(body, StandardCharsets.UTF_8).isPresent() || strictly(body, GB18030).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Charset utf16WithoutBom(byte[] data) {
        int n = Math.min(data.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (data[i] == 0) {
                evenZeros++;
            }
            if (data[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The text of the bytes, if they are valid in the charset throughout. */
    private static Optional<String> strictly(byte[] data, Charset cs) {
        try {
            return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
