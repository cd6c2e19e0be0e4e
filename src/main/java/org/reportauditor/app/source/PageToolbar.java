package org.reportauditor.app.source;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.reportauditor.app.i18n.UiStrings;

/**
 * The toolbar over PDF pages: previous and next page, the page number to go to, the zoom. One
 * toolbar serves every PDF opened in the window; it works on the pages shown.
 */
final class PageToolbar extends ToolBar {
    private final UiStrings strings;
    private final TextField pageField = new TextField("1");
    private final Label ofPages = new Label();
    private final ChangeListener<Number> followPage = (obs, old, now) -> pageField.setText(now.toString());
    private PdfPagesView pages;

    PageToolbar(SourceViewModel model, UiStrings strings) {
        this.strings = strings;
        getStyleClass().add("source-toolbar");
        Button previous = iconButton(new FontIcon(MaterialDesignC.CHEVRON_UP), "source.previousPage");
        previous.setOnAction(e -> step(-1));
        Button next = iconButton(new FontIcon(MaterialDesignC.CHEVRON_DOWN), "source.nextPage");
        next.setOnAction(e -> step(1));
        pageField.setId("pageField");
        pageField.setPrefColumnCount(3);
        pageField.getStyleClass().add("page-field");
        pageField.setOnAction(e -> goToTypedPage());

        Button zoomOut = iconButton(new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE), "source.zoomOut");
        zoomOut.setOnAction(e -> model.zoomOut());
        Button zoomIn = iconButton(new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE), "source.zoomIn");
        zoomIn.setOnAction(e -> model.zoomIn());
        Label zoom = new Label();
        zoom.setId("zoomLabel");
        zoom.getStyleClass().add("zoom-label");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(model.zoomProperty().get()) + " %", model.zoomProperty()));
        ToggleButton fit = new ToggleButton();
        fit.setGraphic(new FontIcon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
        fit.setId("fitWidthButton");
        fit.selectedProperty().bindBidirectional(model.fitWidthProperty());
        describe(fit, "source.fitWidth");
        getItems().addAll(previous, next, pageField, ofPages, new Separator(), zoomOut, zoom, zoomIn, fit);
    }

    /** Works on these pages from now on ({@code null} for none). */
    void attach(PdfPagesView newPages) {
        if (pages != null) {
            pages.currentPageProperty().removeListener(followPage);
        }
        pages = newPages;
        if (pages == null) {
            ofPages.textProperty().unbind();
            return;
        }
        pages.currentPageProperty().addListener(followPage);
        pageField.setText(Integer.toString(pages.currentPageProperty().get()));
        ofPages.textProperty().bind(strings.bind("source.ofPages", pages.pageCount()));
    }

    private void step(int direction) {
        if (pages != null) {
            pages.goToPage(pages.currentPageProperty().get() + direction);
        }
    }

    private void goToTypedPage() {
        if (pages == null) {
            return;
        }
        try {
            pages.goToPage(Integer.parseInt(pageField.getText().strip()));
        } catch (NumberFormatException notANumber) {
            pageField.setText(Integer.toString(pages.currentPageProperty().get()));
        }
    }

    private Button iconButton(FontIcon icon, String tooltipKey) {
        Button button = new Button();
        button.setGraphic(icon);
        describe(button, tooltipKey);
        return button;
    }

    /** A tooltip, which screen readers also read, for a button that shows only an icon. */
    private void describe(ButtonBase button, String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(strings.bind(key));
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(tooltip.textProperty());
    }
}
