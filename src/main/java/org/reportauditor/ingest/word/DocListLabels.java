package org.reportauditor.ingest.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The list labels of a .doc's paragraphs. HWPF gives each paragraph's list (a list format
 * override, "ilfo") and level with their number format and text, not the number; the counting is
 * {@link ListCounters}'.
 */
final class DocListLabels {
    private final ListCounters counters = new ListCounters();
    private final Map<Integer, Optional<ListInstance>> lists = new HashMap<>();

    /** Counts a paragraph and returns its label; empty outside lists. Paragraphs must come in document order. */
    String next(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return "";
        }
        return lists.computeIfAbsent(paragraph.getIlfo(), ilfo -> listOf(paragraph))
                .map(list -> counters.next(list, paragraph.getIlvl()))
                .orElse("");
    }

    /** The list of a paragraph as HWPF reads it; empty when the file's list tables do not hold it. */
    private static Optional<ListInstance> listOf(Paragraph paragraph) {
        HWPFList list;
        try {
            list = paragraph.getList();
        } catch (NoSuchElementException | IllegalStateException | IndexOutOfBoundsException missingList) {
            return Optional.empty();
        }
        if (list == null) {
            return Optional.empty();
        }
        int defined = Math.min(ListInstance.LEVELS, list.getListData().numLevels());
        List<ListLevel> levels = new ArrayList<>(ListInstance.LEVELS);
        Map<Integer, Integer> startOverrides = new HashMap<>();
        for (int level = 0; level < ListInstance.LEVELS; level++) {
            if (level >= defined) {
                levels.add(ListLevel.UNDEFINED);
                continue;
            }
            char key = (char) level;
            levels.add(new ListLevel(template(list.getNumberText(key)),
                    ListNumberStyle.ofMsonfc(list.getNumberFormat(key)), list.getStartAt(key), false,
                    suffix(list.getTypeOfCharFollowingTheNumber(key)), ListLevel.RESTART_AFTER_ANY));
            if (list.isStartAtOverridden(key)) {
                startOverrides.put(level, list.getStartAt(key));
            }
        }
        return Optional.of(new ListInstance("lsid " + list.getListData().getLsid(), "ilfo " + paragraph.getIlfo(),
                levels, startOverrides));
    }

    /** A .doc level text marks the place of level n's counter with the character n; OOXML writes %n+1. */
    private static String template(String numberText) {
        if (numberText == null) {
            return "";
        }
        StringBuilder template = new StringBuilder();
        for (char c : numberText.toCharArray()) {
            if (c < ListInstance.LEVELS) {
                template.append('%').append((char) ('1' + c));
            } else {
                template.append(c);
            }
        }
        return template.toString();
    }

    private static ListLevel.Suffix suffix(byte code) {
        return switch (code) {
            case 1 -> ListLevel.Suffix.SPACE;
            case 2 -> ListLevel.Suffix.NOTHING;
            default -> ListLevel.Suffix.TAB;
        };
    }
}
