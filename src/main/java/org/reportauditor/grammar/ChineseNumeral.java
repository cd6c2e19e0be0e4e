package org.reportauditor.grammar;

/**
 * Chinese numerals, once for every layer: the counting form of headings and list labels (十, 十一,
 * 二十三, 一百零一), its legal form (壹拾), and the digit-by-digit form of years (二〇二〇).
 */
public final class ChineseNumeral {
    /** The digits of the counting form, zero first. */
    public static final String DIGITS = "〇一二三四五六七八九";
    private static final String UNITS = "十百千";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String LEGAL_UNITS = "拾佰仟";
    /** The forms reach below ten thousand (万 would be the next unit). */
    private static final int LIMIT = 10_000;

    private ChineseNumeral() {
    }

    /** {@code n} in the counting form: 十, 十一, 二十, 一百零一; decimal digits outside 0..9999. */
    public static String counting(int n) {
        return write(n, DIGITS, UNITS, true);
    }

    /** {@code n} in the legal form: 壹拾, 壹佰零壹 (the 壹 of 壹拾 kept). */
    public static String legal(int n) {
        return write(n, LEGAL_DIGITS, LEGAL_UNITS, false);
    }

    /** {@code n} digit by digit: 二〇二〇. */
    public static String digits(int n) {
        StringBuilder out = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> out.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : (char) c));
        return out.toString();
    }

    /**
     * The value of a numeral in the counting form (一 → 1, 十 → 10, 一十 → 10, 二十三 → 23, 一百零一 →
     * 101); 0 for anything that is not one.
     */
    public static int value(String numeral) {
        int total = 0;
        int pending = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int digit = DIGITS.indexOf(c == '零' ? '〇' : c);
            int unit = UNITS.indexOf(c);
            if (digit >= 0) {
                pending = digit;
            } else if (unit >= 0) {
                total += (pending < 0 ? 1 : pending) * (int) Math.pow(10, unit + 1);
                pending = -1;
            } else {
                return 0;
            }
        }
        int n = total + Math.max(pending, 0);
        // only a numeral as it is written counts: 二二 is no 2, 十十 no 20
        boolean written = counting(n).equals(numeral) || n >= 10 && n < 20 && ("一" + counting(n)).equals(numeral);
        return n > 0 && written ? n : 0;
    }

    /** The value of digits printed one by one, Chinese or not: 二〇二〇, 二零二零, 二○二○, 2020 → 2020. */
    public static int digitsValue(String printed) {
        StringBuilder digits = new StringBuilder();
        for (char c : printed.toCharArray()) {
            int d = DIGITS.indexOf(c == '零' || c == '○' ? '〇' : c);
            digits.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return Integer.parseInt(digits.toString());
    }

    /**
     * {@code n} below ten thousand (a skipped place is 零, zero alone is the digit's own zero);
     * {@code shortTens} drops the 一 of 一十 at the start, as the counting form does.
     */
    private static String write(int n, String digits, String units, boolean shortTens) {
        if (n < 0 || n >= LIMIT) {
            return Integer.toString(n);
        }
        if (n == 0) {
            return String.valueOf(digits.charAt(0));
        }
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int power = 3; power >= 0; power--) {
            int digit = n / (int) Math.pow(10, power) % 10;
            if (digit == 0) {
                pendingZero = !out.isEmpty();
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            boolean dropOne = shortTens && power == 1 && digit == 1 && out.isEmpty();
            if (!dropOne) {
                out.append(digits.charAt(digit));
            }
            if (power > 0) {
                out.append(units.charAt(power - 1));
            }
        }
        return out.toString();
    }
}
