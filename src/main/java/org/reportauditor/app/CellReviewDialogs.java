package org.reportauditor.app;

import java.math.BigDecimal;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.model.Severity;
import org.reportauditor.template.NumberParser;
import org.reportauditor.template.ValueKind;

/** The dialogs of the review that concern one table cell: correcting its reading, adding a finding on it. */
final class CellReviewDialogs {
    /** What the document really prints, and why the reading was wrong. */
    record CorrectionInput(BigDecimal value, String note) {
    }

    /** A finding of the auditor's own. */
    record FindingInput(Severity severity, String comment) {
    }

    private CellReviewDialogs() {
    }

    /** Asks what the cell really prints; an empty value is a blank cell. Empty when cancelled. */
    static Optional<CorrectionInput> askCorrection(Window owner, UiStrings strings, String cellName, String reading) {
        Dialog<CorrectionInput> dialog = dialog(owner, strings, "review.correct.title",
                strings.get("review.correct.header", cellName, reading == null ? "" : reading));
        TextField value = new TextField(reading == null ? "" : reading);
        value.setId("correctionValue");
        TextField note = new TextField();
        note.setId("correctionNote");
        dialog.getDialogPane().setContent(form(strings, "review.correct.value", value, "review.correct.note", note));
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !value.getText().isBlank() && NumberParser.read(value.getText(), ValueKind.SIGNED_COUNT).value() == null,
                value.textProperty()));
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new CorrectionInput(value.getText().isBlank() ? null : NumberParser.read(value.getText(), ValueKind.SIGNED_COUNT).value(),
                note.getText().strip()) : null);
        value.requestFocus();
        return dialog.showAndWait();
    }

    static Optional<FindingInput> askFinding(Window owner, UiStrings strings, String cellName) {
        Dialog<FindingInput> dialog = dialog(owner, strings, "review.add.title", strings.get("review.add.header", cellName));
        ComboBox<Severity> severity = new ComboBox<>();
        severity.getItems().setAll(Severity.values());
        severity.setValue(Severity.WARNING);
        severity.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Severity s) {
                return s == null ? "" : strings.get("severity." + s.id());
            }

            @Override
            public Severity fromString(String s) {
                return null;
            }
        });
        TextField comment = new TextField();
        comment.setId("addedComment");
        dialog.getDialogPane().setContent(form(strings, "review.add.severity", severity, "review.add.comment", comment));
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? new FindingInput(severity.getValue(), comment.getText().strip()) : null);
        return dialog.showAndWait();
    }

    private static <T> Dialog<T> dialog(Window owner, UiStrings strings, String titleKey, String header) {
        Dialog<T> dialog = new Dialog<>();
        Dialogs.ownedBy(dialog, owner);
        dialog.setTitle(strings.get(titleKey));
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().addAll(
                new ButtonType(strings.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(strings.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    private static GridPane form(UiStrings strings, String firstKey, javafx.scene.Node first, String secondKey,
                                 javafx.scene.Node second) {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(strings.get(firstKey)), first);
        form.addRow(1, new Label(strings.get(secondKey)), second);
        return form;
    }
}
