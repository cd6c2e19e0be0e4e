package org.reportauditor.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

import org.reportauditor.app.i18n.UiStrings;

/** Tells the user that a file could not be opened, and why, in plain words. */
final class ProblemDialog {
    private ProblemDialog() {
    }

    static void show(Window owner, OpenFailure failure, UiStrings strings) {
        Alert alert = Dialogs.alert(failure.partial() ? Alert.AlertType.WARNING : Alert.AlertType.ERROR, owner, strings);
        String kind = failure.partial() ? "dialog.partial" : "dialog.problem";
        alert.setTitle(strings.get(kind + ".title"));
        alert.setHeaderText(strings.get(kind + ".header", failure.fileName()));
        Label problems = new Label(String.join("\n", failure.problems()));
        problems.setId("problemText");
        problems.setWrapText(true);
        problems.setMaxWidth(480);
        alert.getDialogPane().setContent(problems);
        alert.getDialogPane().setId("problemDialog");
        alert.showAndWait();
    }
}
