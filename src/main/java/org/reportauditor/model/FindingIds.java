package org.reportauditor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The stable id of a finding ({@code spec/review.md}): the rule, then the cells it blames (its
 * suspects, or its cells where it has none) sorted, then for a finding about prose a digest of its
 * normalised quote. Where a finding has neither, a digest of its message's key and arguments, never
 * of the message's text: the id must not change with the language, the order or the file's path.
 */
public final class FindingIds {
    private static final int DIGEST_CHARACTERS = 12;

    private FindingIds() {
    }

    public static String of(String rule, List<CellAddress> cells, List<CellAddress> suspects, String quote,
                            Text message) {
        StringBuilder id = new StringBuilder(rule);
        List<CellAddress> named = new ArrayList<>(suspects.isEmpty() ? cells : suspects);
        named.sort(null);
        if (!named.isEmpty()) {
            id.append(':');
            for (int i = 0; i < named.size(); i++) {
                id.append(i == 0 ? "" : ",").append(named.get(i));
            }
        }
        if (quote != null && !quote.isBlank()) {
            id.append(named.isEmpty() ? ":" : "~").append(digest(normalised(quote)));
        } else if (named.isEmpty() && message != null) {
            StringBuilder key = new StringBuilder();
            appendStable(key, message);
            id.append(':').append(digest(key.toString()));
        }
        return id.toString();
    }

    /** The quote as it reads, whatever its spacing, width of characters and line breaks. */
    static String normalised(String quote) {
        String n = Normalizer.normalize(quote, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A message's key and arguments, nested ones included, as text that no language changes. */
    private static void appendStable(StringBuilder out, Object value) {
        if (value instanceof Text t) {
            out.append(t.key()).append('(');
            for (Object a : t.args()) {
                appendStable(out, a);
                out.append(';');
            }
            out.append(')');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object a : list) {
                appendStable(out, a);
                out.append(';');
            }
            out.append(']');
        } else if (value instanceof Name n) {
            out.append(n.chinese());
        } else if (value instanceof java.math.BigDecimal d) {
            out.append(d.stripTrailingZeros().toPlainString());
        } else {
            out.append(value);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_CHARACTERS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
