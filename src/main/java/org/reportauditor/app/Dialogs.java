package org.reportauditor.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.reportauditor.app.i18n.UiStrings;

/** What the app's dialogs have in common: they belong to the window and look like it. */
final class Dialogs {
    private Dialogs() {
    }

    /** Makes the dialog the window's, with its style sheets and its font (which its root sets). */
    static void ownedBy(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
    }

    /** An alert of the window with one OK button, in the interface's language. */
    static Alert alert(Alert.AlertType type, Window owner, UiStrings strings) {
        Alert alert = new Alert(type, "", new ButtonType(strings.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        ownedBy(alert, owner);
        return alert;
    }
}
