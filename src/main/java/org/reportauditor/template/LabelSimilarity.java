package org.reportauditor.template;

/**
 * How much a printed label (normalised, numbering removed) is like a template label, 0..1. Exact
 * equality is 1; a label that contains the template's (a sub-row name in brackets after it; a short
 * template label only with brackets around it), or
 * that is cut short where a PDF wrapped it, scores high; otherwise the share of characters in
 * common, in order (a typo such as 其他法律行政止公开 still scores well).
 */
final class LabelSimilarity {
    private LabelSimilarity() {
    }

    /**
     * @param floor a score below this is of no use to the caller and may be given as 0: the
     *              character-by-character comparison is then skipped where the letters the two labels
     *              share already put it out of reach (most template labels, for a given printed one)
     */
    static double of(String printed, String template, double floor) {
        if (printed.isEmpty() || template.isEmpty()) {
            return 0;
        }
        if (printed.equals(template)) {
            return 1;
        }
        int p = printed.length();
        int t = template.length();
        if (printed.contains(template) && (t >= 4 || onlyBracketsAround(printed, template))) {
            return 0.95;
        }
        if (template.startsWith(printed) && p >= 4) {
            return 0.85 + 0.1 * p / t;
        }
        if (template.contains(printed) && p >= 4) {
            return 0.8 + 0.1 * p / t;
        }
        if (Math.min(p, t) * 2 < Math.max(p, t)) {
            return 0;
        }
        if (0.9 * 2.0 * sharedLetters(printed, template) / (p + t) < floor) {
            return 0;
        }
        return 0.9 * 2.0 * commonSubsequence(printed, template) / (p + t);
    }

    /** "规章(件)": a short label with only a bracketed note beside it; "其他结" is not "其他". */
    private static boolean onlyBracketsAround(String printed, String template) {
        int at = printed.indexOf(template);
        String extra = printed.substring(0, at) + printed.substring(at + template.length());
        return extra.startsWith("(") && extra.endsWith(")");
    }

    /** How many letters the two have in common, counted with repeats: a bound on their common subsequence. */
    private static int sharedLetters(String a, String b) {
        int shared = 0;
        boolean[] used = new boolean[b.length()];
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            for (int j = 0; j < b.length(); j++) {
                if (!used[j] && b.charAt(j) == c) {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }

    /** Length of the longest common subsequence. */
    private static int commonSubsequence(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                current[j] = ca == b.charAt(j - 1) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
