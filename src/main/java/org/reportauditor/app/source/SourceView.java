package org.reportauditor.app.source;

import java.util.concurrent.Executor;

import javafx.geometry.Dimension2D;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.model.SourceLocation;

/** The report's file, left of the tables: its PDF pages, or its text as a document. */
public final class SourceView extends BorderPane {
    private final SourceViewModel model;
    private final UiStrings strings;
    private final Executor renderThread;
    private final PageToolbar toolbar;
    private final StackPane content = new StackPane();
    private PdfPagesView pages;
    private TextDocumentView text;

    public SourceView(SourceViewModel model, UiStrings strings, Executor renderThread) {
        this.model = model;
        this.strings = strings;
        this.renderThread = renderThread;
        this.toolbar = new PageToolbar(model, strings);
        setId("sourceView");
        getStyleClass().add("source-view");
        setCenter(content);
        // always in the scene, so that it is styled once, before the first PDF
        setTop(toolbar);
        toolbar.managedProperty().bind(toolbar.visibleProperty());
        model.documentProperty().addListener((obs, old, now) -> show(now));
        show(model.documentProperty().get());
    }

    /** Whether that place of the file is in view now (a PDF box, or the paragraph or cell of a text range, wholly). */
    public boolean isInView(SourceLocation location) {
        if (location instanceof SourceLocation.PageRegion region && pages != null) {
            return pages.shows(region);
        }
        if (location instanceof SourceLocation.TextRange range && text != null) {
            return text.shows(range);
        }
        return false;
    }

    /** Whether the page of a PDF is drawn at the current zoom. */
    public boolean isDrawn(int page) {
        return pages != null && pages.isDrawn(page);
    }

    /** The page at the middle of the view; 0 when the file has no pages. */
    public int currentPage() {
        return pages == null ? 0 : pages.currentPageProperty().get();
    }

    private void show(SourceDocument document) {
        if (pages != null) {
            pages.dispose();
        }
        if (text != null) {
            text.dispose();
        }
        pages = null;
        text = null;
        if (document instanceof SourceDocument.Pages pdf) {
            double toolbarHeight = toolbar.getHeight() > 0 ? toolbar.getHeight() : toolbar.prefHeight(-1);
            pages = new PdfPagesView(pdf.pages(), model, renderThread,
                    new Dimension2D(getWidth(), getHeight() - toolbarHeight));
            content.getChildren().setAll(pages);
        } else if (document instanceof SourceDocument.Text textDocument) {
            text = new TextDocumentView(textDocument.document(), model);
            content.getChildren().setAll(text);
        } else {
            Label none = new Label();
            none.textProperty().bind(strings.bind("source.none"));
            none.getStyleClass().add("placeholder");
            content.getChildren().setAll(none);
        }
        toolbar.attach(pages);
        toolbar.setVisible(pages != null);
    }
}
