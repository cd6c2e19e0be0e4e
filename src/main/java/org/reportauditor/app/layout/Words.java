package org.reportauditor.app.layout;

import java.text.BreakIterator;
import java.util.Locale;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The pieces of a text that a wrapped line never breaks, measured. JavaFX wraps where the JDK's
 * line-break iterator allows (at spaces, after hyphens, beside Chinese characters but not before
 * the punctuation that follows them), so the same iterator finds the pieces here. A column or box
 * narrower than the widest piece would cut a word in two.
 */
public final class Words {
    private Words() {
    }

    /** The width of the widest piece of the text in this font, rounded up to whole pixels. */
    public static double widest(String text, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        double widest = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            // a piece keeps the spaces after it, which hang past the line's end
            probe.setText(text.substring(start, end).stripTrailing());
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()));
        }
        return widest;
    }
}
