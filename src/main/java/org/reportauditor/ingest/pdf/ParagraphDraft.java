package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * The lines of one paragraph, each with its page and display box. {@code freshStart} says its first
 * line starts a paragraph for sure (a heading, an indent); {@code openEnd} says its last line runs to
 * the right margin, so the paragraph may go on at the top of the next page.
 */
record ParagraphDraft(List<PlacedLine> lines, double top, boolean freshStart, boolean openEnd) implements PageItem {

    ParagraphDraft {
        lines = List.copyOf(lines);
    }

    /** A printed line of a paragraph. */
    record PlacedLine(String text, int page, Box box) {
    }

    ParagraphDraft followedBy(ParagraphDraft next) {
        List<PlacedLine> all = new ArrayList<>(lines);
        all.addAll(next.lines);
        return new ParagraphDraft(all, top, freshStart, next.openEnd);
    }
}
