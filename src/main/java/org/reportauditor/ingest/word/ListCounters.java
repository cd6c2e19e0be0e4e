package org.reportauditor.ingest.word;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts the numbered paragraphs of one document in reading order and writes the labels Word
 * would show ("一、", "（二）", "3.1"): Word generates them at display time, the file does not hold them.
 */
final class ListCounters {
    private static final int UNSET = Integer.MIN_VALUE;

    private final Map<String, int[]> countersByList = new HashMap<>();
    private final Set<String> levelsStarted = new HashSet<>();

    /** Counts the next paragraph at {@code level} of {@code list}; returns its label and the separator after it. */
    String next(ListInstance list, int level) {
        if (level < 0 || level >= ListInstance.LEVELS) {
            return "";
        }
        int[] counters = countersByList.computeIfAbsent(list.listId(), id -> unsetCounters());
        ListLevel definition = list.level(level);
        Integer override = list.startOverrides().get(level);
        boolean firstUseOfInstance = levelsStarted.add(list.instanceId() + '/' + level);
        if (override != null && firstUseOfInstance) {
            counters[level] = override;
        } else if (counters[level] == UNSET) {
            counters[level] = definition.start();
        } else {
            counters[level]++;
        }
        for (int deeper = level + 1; deeper < ListInstance.LEVELS; deeper++) {
            if (list.level(deeper).restartsAfterLevel(level + 1)) {
                counters[deeper] = UNSET;
            }
        }
        return withSuffix(label(list, definition, counters), definition.suffix());
    }

    private static String label(ListInstance list, ListLevel definition, int[] counters) {
        if (definition.style() == ListNumberStyle.NONE && !definition.template().contains("%")) {
            return "";
        }
        String template = definition.template();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int referenced = i + 1 < template.length() && c == '%' ? template.charAt(i + 1) - '1' : -1;
            if (referenced >= 0 && referenced < ListInstance.LEVELS) {
                ListLevel level = list.level(referenced);
                int value = counters[referenced] == UNSET ? level.start() : counters[referenced];
                ListNumberStyle style = definition.legal() && level.style() != ListNumberStyle.NONE
                        ? ListNumberStyle.DECIMAL : level.style();
                out.append(style.format(value));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A label ending in a CJK character ("一、", "（一）") carries its own separator: the tab Word sets
     * after it is layout, and "一、总体情况" must read as written. Other labels ("1.") get a space.
     */
    private static String withSuffix(String label, ListLevel.Suffix suffix) {
        if (label.isBlank()) {
            return "";
        }
        if (suffix == ListLevel.Suffix.NOTHING || isCjk(label.charAt(label.length() - 1))) {
            return label;
        }
        return label + ' ';
    }

    private static boolean isCjk(char c) {
        return c >= '\u2E80';
    }

    private static int[] unsetCounters() {
        int[] counters = new int[ListInstance.LEVELS];
        Arrays.fill(counters, UNSET);
        return counters;
    }
}
