package org.reportauditor.app.layout;

import java.util.regex.Pattern;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The pieces of a text that a wrapped line never breaks, measured: lines break at spaces, after
 * hyphens and beside any Chinese character. A column or box narrower than the widest piece would
 * cut a word in two.
 */
public final class Words {
    private static final Pattern BREAKS = Pattern.compile("\\s+|(?<=-)|(?<=\\p{IsHan})|(?=\\p{IsHan})");

    private Words() {
    }

    /** The width of the widest piece of the text in this font, rounded up to whole pixels. */
    public static double widest(String text, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : BREAKS.split(text)) {
            probe.setText(word);
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()));
        }
        return widest;
    }
}
