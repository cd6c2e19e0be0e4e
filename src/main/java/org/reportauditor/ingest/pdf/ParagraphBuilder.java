package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.grammar.Numbering;

/**
 * Groups the prose lines of a page into paragraphs. A paragraph starts at a heading (一、… （一）…
 * 1.…), at an indented line, after a line that stops well short of the right margin, after a wider
 * gap than the text's line spacing, and where the font size changes.
 */
final class ParagraphBuilder {
    /** A line this many font sizes right of the margin is indented. */
    private static final double INDENT = 0.8;
    /** A line ending this many font sizes short of the right margin ends its paragraph. */
    private static final double SHORT_END = 2.0;
    /** A gap between baselines this much wider than the usual spacing separates paragraphs. */
    private static final double WIDE_GAP = 1.35;
    /** Font sizes differing by more than this share belong to different paragraphs. */
    private static final double SIZE_CHANGE = 0.15;

    private final TextMargins margins;

    ParagraphBuilder(TextMargins margins) {
        this.margins = margins;
    }

    static boolean isHeading(String compactText) {
        return Numbering.startsHeading(compactText);
    }

    /** The paragraphs of some consecutive lines of a page, top to bottom. */
    List<ParagraphDraft> paragraphs(List<TextLine> lines, int page, PageFrame frame) {
        List<ParagraphDraft> paragraphs = new ArrayList<>();
        List<ParagraphDraft.PlacedLine> current = new ArrayList<>();
        TextLine first = null;
        TextLine previous = null;
        for (TextLine line : lines) {
            if (previous != null && startsParagraph(previous, line)) {
                paragraphs.add(draft(current, first, previous));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                first = line;
            }
            current.add(new ParagraphDraft.PlacedLine(line.text(), page, frame.toDisplay(line.box())));
            previous = line;
        }
        if (!current.isEmpty()) {
            paragraphs.add(draft(current, first, previous));
        }
        return paragraphs;
    }

    private ParagraphDraft draft(List<ParagraphDraft.PlacedLine> lines, TextLine first, TextLine last) {
        boolean fresh = isHeading(first.compactText()) || indented(first);
        return new ParagraphDraft(lines, first.top(), fresh, !endsShort(last) && !centered(last));
    }

    private boolean startsParagraph(TextLine previous, TextLine line) {
        if (isHeading(line.compactText())) {
            return true;
        }
        double size = Math.max(previous.size(), line.size());
        if (Math.abs(previous.size() - line.size()) > SIZE_CHANGE * size) {
            return true;
        }
        if (line.baseline() - previous.baseline() > WIDE_GAP * margins.lineSpacing() * size) {
            return true;
        }
        if (centered(previous) && centered(line)) {
            // a title set over several centred lines
            return false;
        }
        return indented(line) || endsShort(previous);
    }

    private boolean indented(TextLine line) {
        return line.left() > margins.left() + INDENT * line.size();
    }

    private boolean endsShort(TextLine line) {
        return line.right() < margins.right() - SHORT_END * line.size();
    }

    /** A line with room on both sides, its middle in the middle of the text column. */
    private boolean centered(TextLine line) {
        double middle = (margins.left() + margins.right()) / 2;
        return indented(line) && line.right() < margins.right() - line.size()
                && Math.abs(line.box().centerX() - middle) < 1.5 * line.size();
    }
}
