package org.reportauditor.app.findings;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.reportauditor.model.ReviewStatus;

/** The icon of each review status, coloured by the style sheet ({@code .review-icon.confirmed} …). */
public final class ReviewIcons {
    private ReviewIcons() {
    }

    public static FontIcon of(ReviewStatus status) {
        FontIcon icon = new FontIcon(switch (status) {
            case OPEN -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
            case CONFIRMED -> MaterialDesignC.CHECK_CIRCLE;
            case DISMISSED -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
        });
        icon.getStyleClass().addAll("review-icon", status.id());
        return icon;
    }
}
