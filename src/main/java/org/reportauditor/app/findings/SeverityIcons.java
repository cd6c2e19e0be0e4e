package org.reportauditor.app.findings;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.reportauditor.model.Severity;

/** The icon of each severity, coloured by the style sheet ({@code .severity-icon.error} …). */
public final class SeverityIcons {
    private SeverityIcons() {
    }

    public static FontIcon of(Severity severity) {
        FontIcon icon = new FontIcon(switch (severity) {
            case ERROR -> MaterialDesignA.ALERT_CIRCLE;
            case WARNING -> MaterialDesignA.ALERT;
            case INFO -> MaterialDesignI.INFORMATION;
        });
        icon.getStyleClass().addAll("severity-icon", severity.id());
        return icon;
    }
}
