package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.ReviewStatus;

/** The style classes of a mark, shared by the page and the text views (see app.css). */
final class MarkStyles {
    private MarkStyles() {
    }

    static List<String> of(SourceMark mark) {
        List<String> classes = new ArrayList<>();
        classes.add("source-mark");
        classes.add(switch (mark.role()) {
            case FINDING -> "mark-" + mark.severity().id();
            case EQUATION -> "mark-equation";
            case CHOSEN -> "mark-chosen";
        });
        if (mark.selected()) {
            classes.add("mark-selected");
        }
        if (mark.status() != null && mark.status() != ReviewStatus.OPEN) {
            classes.add("mark-" + mark.status().id());
        }
        if (mark.own()) {
            classes.add("mark-own");
        }
        return classes;
    }
}
