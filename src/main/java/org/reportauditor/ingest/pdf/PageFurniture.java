package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a page prints in its margins rather than as content: page numbers ("-3-", "- 3 -",
 * "第3页", "3/6", a lone number) and running headers and footers (text repeated at the same place
 * on most pages). Only lines in the top and bottom margin bands outside tables are candidates, so a
 * number in a table is never taken for a page number.
 */
final class PageFurniture {
    /** The share of the page height at the top and at the bottom where headers and footers stand. */
    private static final double MARGIN_BAND = 0.12;
    /** Repeated lines this close (points) stand at the same place. */
    private static final double SAME_PLACE = 6.0;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–―~～·•]*\\d{1,3}[-－—–―~～·•]*"
                    + "|第[-－—–―]?\\d{1,4}[-－—–―]?页(共\\d{1,4}页)?"
                    + "|(共\\d{1,4}页)?第\\d{1,4}页"
                    + "|\\d{1,4}/\\d{1,4}"
                    + "|(?i:page)\\d{1,4}((?i:of)\\d{1,4})?");

    private PageFurniture() {
    }

    static boolean isPageNumber(String compactText) {
        return PAGE_NUMBER.matcher(compactText).matches();
    }

    static List<PageLayout> remove(List<PageLayout> pages) {
        Set<TextLine> repeated = repeatedLines(pages);
        List<PageLayout> cleaned = new ArrayList<>(pages.size());
        for (PageLayout page : pages) {
            List<TextLine> kept = new ArrayList<>();
            for (TextLine line : page.lines()) {
                boolean furniture = inMarginBand(line, page) && (isPageNumber(line.compactText())
                        || repeated.contains(line));
                if (!furniture) {
                    kept.add(line);
                }
            }
            cleaned.add(page.withLines(kept));
        }
        return cleaned;
    }

    private static boolean inMarginBand(TextLine line, PageLayout page) {
        double height = page.frame().uprightHeight();
        double center = line.box().centerY();
        return center < height * MARGIN_BAND || center > height * (1 - MARGIN_BAND);
    }

    /** Margin lines whose text (numbers aside) stands at the same place on at least half the pages. */
    private static Set<TextLine> repeatedLines(List<PageLayout> pages) {
        // these very lines, not lines equal to them
        Set<TextLine> repeated = Collections.newSetFromMap(new IdentityHashMap<>());
        if (pages.size() < 3) {
            return repeated;
        }
        Map<String, List<Placed>> byText = new HashMap<>();
        for (PageLayout page : pages) {
            for (TextLine line : page.lines()) {
                if (inMarginBand(line, page)) {
                    String key = line.compactText().replaceAll("\\d+", "#");
                    byText.computeIfAbsent(key, k -> new ArrayList<>()).add(new Placed(page.page(), line));
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (List<Placed> same : byText.values()) {
            for (Placed candidate : same) {
                long pagesWithIt = same.stream()
                        .filter(other -> Math.abs(other.line.top() - candidate.line.top()) <= SAME_PLACE)
                        .map(Placed::page).distinct().count();
                if (pagesWithIt >= needed) {
                    repeated.add(candidate.line);
                }
            }
        }
        return repeated;
    }

    private record Placed(int page, TextLine line) {
    }
}
