package org.reportauditor.app;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.reportauditor.app.i18n.UiStrings;

/** Asks for the password of a protected report. */
final class PasswordDialog {
    private PasswordDialog() {
    }

    /** The password typed, or empty when the user gave up. */
    static Optional<String> ask(Window owner, PasswordRequest request, UiStrings strings) {
        Dialog<String> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner);
        dialog.setTitle(strings.get("dialog.password.title"));
        dialog.setHeaderText(request.reason());
        ButtonType open = new ButtonType(strings.get("dialog.password.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(strings.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, cancel);
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        Label prompt = new Label(strings.get("dialog.password.prompt"));
        prompt.setLabelFor(password);
        dialog.getDialogPane().setContent(new VBox(6, prompt, password));
        dialog.getDialogPane().setId("passwordDialog");
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == open ? password.getText() : null);
        Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }
}
