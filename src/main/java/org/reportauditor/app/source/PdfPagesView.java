package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.render.PageSize;
import org.reportauditor.render.PageSource;

/**
 * The pages of a PDF, one under the other, with a toolbar to move between pages and zoom. Only
 * the pages in or next to the view are drawn; while the zoom changes, the pages already drawn are
 * stretched until the new drawing is ready.
 */
final class PdfPagesView extends BorderPane {
    private static final double GAP = 12;
    /** Screen pixels per PDF point at 100 %: 96 dpi against 72 points per inch. */
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;
    /** Pages this far from the view keep their images for scrolling back. */
    private static final int KEEP_AROUND = 2;
    private static final Duration SETTLE = Duration.millis(150);

    private final SourceViewModel model;
    private final PageImages images;
    private final List<PageTile> tiles = new ArrayList<>();
    private final double widestPage;
    private final VBox column = new VBox(GAP);
    private final ScrollPane scroller = new ScrollPane(column);
    private final IntegerProperty currentPage = new SimpleIntegerProperty(this, "currentPage", 1);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private double pixelsPerPoint = PIXELS_PER_POINT;
    private boolean applyingZoom;

    PdfPagesView(PageSource pages, SourceViewModel model, UiStrings strings, Executor renderThread) {
        this.model = model;
        this.images = new PageImages(pages, renderThread);
        getStyleClass().add("pdf-pages");
        setId("pdfPages");
        List<PageSize> sizes = pages.pageSizes();
        for (int i = 0; i < sizes.size(); i++) {
            tiles.add(new PageTile(i + 1, sizes.get(i)));
        }
        widestPage = sizes.stream().mapToDouble(PageSize::width).max().orElse(1);
        column.getChildren().setAll(tiles);
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(GAP));
        column.getStyleClass().add("page-column");
        scroller.setFitToWidth(true);
        scroller.setPannable(false);
        scroller.getStyleClass().add("page-scroller");
        setCenter(scroller);
        setTop(toolbar(strings, sizes.size()));

        settle.setOnFinished(e -> drawVisible(true));
        scroller.vvalueProperty().addListener((obs, old, now) -> drawVisible(false));
        scroller.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (old.getWidth() != now.getWidth()) {
                applyZoom();
            }
            drawVisible(false);
        });
        model.zoomProperty().addListener((obs, old, now) -> applyZoom());
        model.fitWidthProperty().addListener((obs, old, now) -> applyZoom());
        model.marks().addListener((ListChangeListener<SourceMark>) change -> placeMarks());
        model.focusProperty().addListener((obs, old, now) -> {
            if (now instanceof SourceLocation.PageRegion region) {
                scrollTo(region);
            }
        });
        placeMarks();
        applyZoom();
        Platform.runLater(() -> {
            if (model.focusProperty().get() instanceof SourceLocation.PageRegion region) {
                scrollTo(region);
            }
            drawVisible(true);
        });
    }

    /** The page at the middle of the view, 1-based. */
    ReadOnlyIntegerProperty currentPageProperty() {
        return currentPage;
    }

    /** Scrolls so that page {@code page}'s top is at the top of the view. */
    void goToPage(int page) {
        int index = Math.max(1, Math.min(tiles.size(), page)) - 1;
        layoutNow();
        scrollToPoint(0, tiles.get(index).getBoundsInParent().getMinY() - GAP, false);
    }

    /** Scrolls so that the box of a page is in the middle of the view. */
    void scrollTo(SourceLocation.PageRegion region) {
        if (region.page() < 1 || region.page() > tiles.size()) {
            return;
        }
        layoutNow();
        PageTile tile = tiles.get(region.page() - 1);
        Bounds bounds = tile.getBoundsInParent();
        Box box = tile.toTile(region.box());
        scrollToPoint(bounds.getMinX() + box.centerX(), bounds.getMinY() + box.centerY(), true);
    }

    /**
     * Whether the box of a page lies wholly inside the view; the tests' way to see that a
     * finding's place was brought into view.
     */
    boolean shows(SourceLocation.PageRegion region) {
        PageTile tile = tiles.get(region.page() - 1);
        Bounds bounds = tile.getBoundsInParent();
        Box box = tile.toTile(region.box());
        Bounds view = visibleArea();
        return box.x() + bounds.getMinX() >= view.getMinX() && box.right() + bounds.getMinX() <= view.getMaxX()
                && box.y() + bounds.getMinY() >= view.getMinY() && box.bottom() + bounds.getMinY() <= view.getMaxY();
    }

    /** Whether the page shows an image drawn for the current zoom. */
    boolean isDrawn(int page) {
        return tiles.get(page - 1).imageScale() == drawingScale();
    }

    private void layoutNow() {
        scroller.applyCss();
        scroller.layout();
    }

    private void scrollToPoint(double x, double y, boolean centre) {
        Bounds viewport = scroller.getViewportBounds();
        double contentHeight = column.getHeight();
        double contentWidth = column.getWidth();
        double top = centre ? y - viewport.getHeight() / 2 : y;
        scroller.setVvalue(fraction(top, contentHeight - viewport.getHeight()));
        if (centre) {
            scroller.setHvalue(fraction(x - viewport.getWidth() / 2, contentWidth - viewport.getWidth()));
        }
        drawVisible(false);
    }

    private static double fraction(double offset, double range) {
        return range <= 0 ? 0 : Math.max(0, Math.min(1, offset / range));
    }

    /** The part of the page column in view, in the column's coordinates. */
    private Bounds visibleArea() {
        Bounds viewport = scroller.getViewportBounds();
        double top = Math.max(0, column.getHeight() - viewport.getHeight()) * scroller.getVvalue();
        double left = Math.max(0, column.getWidth() - viewport.getWidth()) * scroller.getHvalue();
        return new BoundingBox(left, top, viewport.getWidth(), viewport.getHeight());
    }

    private void applyZoom() {
        if (applyingZoom) {
            return;
        }
        applyingZoom = true;
        try {
            double viewportWidth = scroller.getViewportBounds().getWidth();
            if (model.fitWidthProperty().get() && viewportWidth > 0) {
                pixelsPerPoint = Math.max(0.1, (viewportWidth - 2 * GAP) / widestPage);
                model.zoomProperty().set(pixelsPerPoint / PIXELS_PER_POINT * 100);
            } else {
                pixelsPerPoint = model.zoomProperty().get() / 100 * PIXELS_PER_POINT;
            }
        } finally {
            applyingZoom = false;
        }
        for (PageTile tile : tiles) {
            tile.setZoom(pixelsPerPoint);
        }
        settle.playFromStart();
    }

    /** Image pixels per point for the zoom and the screen (HiDPI screens get sharper images), in steps. */
    private double drawingScale() {
        double outputScale = getScene() == null || getScene().getWindow() == null ? 1
                : getScene().getWindow().getOutputScaleX();
        return Math.ceil(pixelsPerPoint * outputScale * 8) / 8;
    }

    /**
     * Draws the pages in and next to the view that have no image yet; with {@code redraw}, also
     * those whose image was drawn for another zoom (once the zoom has settled).
     */
    private void drawVisible(boolean redraw) {
        if (tiles.isEmpty()) {
            return;
        }
        Bounds view = visibleArea();
        int first = -1;
        int last = -1;
        int middle = -1;
        double centre = view.getMinY() + view.getHeight() / 2;
        for (int i = 0; i < tiles.size(); i++) {
            Bounds bounds = tiles.get(i).getBoundsInParent();
            if (bounds.getMaxY() >= view.getMinY() && bounds.getMinY() <= view.getMaxY()) {
                first = first < 0 ? i : first;
                last = i;
            }
            if (middle < 0 && bounds.getMaxY() + GAP >= centre) {
                middle = i;
            }
        }
        if (first < 0) {
            return;
        }
        currentPage.set((middle < 0 ? last : middle) + 1);
        double scale = drawingScale();
        Set<Integer> wanted = new HashSet<>();
        for (int i = Math.max(0, first - 1); i <= Math.min(tiles.size() - 1, last + 1); i++) {
            wanted.add(i + 1);
        }
        images.want(wanted);
        for (int i = 0; i < tiles.size(); i++) {
            PageTile tile = tiles.get(i);
            if (wanted.contains(i + 1)) {
                if (tile.imageScale() == 0 || redraw && tile.imageScale() != scale) {
                    images.request(i + 1, scale, image -> tile.showImage(image, scale));
                }
            } else if (i < first - KEEP_AROUND || i > last + KEEP_AROUND) {
                tile.releaseImage();
            }
        }
    }

    private void placeMarks() {
        List<List<SourceMark>> byPage = new ArrayList<>();
        tiles.forEach(t -> byPage.add(new ArrayList<>()));
        for (SourceMark mark : model.marks()) {
            if (mark.location() instanceof SourceLocation.PageRegion region && region.page() >= 1
                    && region.page() <= tiles.size()) {
                byPage.get(region.page() - 1).add(mark);
            }
        }
        for (int i = 0; i < tiles.size(); i++) {
            tiles.get(i).setMarks(byPage.get(i), model::choose);
        }
    }

    private ToolBar toolbar(UiStrings strings, int pageCount) {
        Button previous = iconButton(new FontIcon(MaterialDesignC.CHEVRON_UP), strings, "source.previousPage");
        previous.setOnAction(e -> goToPage(currentPage.get() - 1));
        Button next = iconButton(new FontIcon(MaterialDesignC.CHEVRON_DOWN), strings, "source.nextPage");
        next.setOnAction(e -> goToPage(currentPage.get() + 1));
        TextField pageField = new TextField("1");
        pageField.setId("pageField");
        pageField.setPrefColumnCount(3);
        pageField.getStyleClass().add("page-field");
        pageField.setOnAction(e -> {
            try {
                goToPage(Integer.parseInt(pageField.getText().strip()));
            } catch (NumberFormatException notANumber) {
                pageField.setText(Integer.toString(currentPage.get()));
            }
        });
        currentPage.addListener((obs, old, now) -> pageField.setText(now.toString()));
        Label ofPages = new Label();
        ofPages.textProperty().bind(strings.bind("source.ofPages", pageCount));

        Button zoomOut = iconButton(new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE), strings, "source.zoomOut");
        zoomOut.setOnAction(e -> model.zoomOut());
        Button zoomIn = iconButton(new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE), strings, "source.zoomIn");
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
        Tooltip fitTip = new Tooltip();
        fitTip.textProperty().bind(strings.bind("source.fitWidth"));
        fit.setTooltip(fitTip);
        fit.accessibleTextProperty().bind(fitTip.textProperty());
        ToolBar bar = new ToolBar(previous, next, pageField, ofPages, new Separator(), zoomOut, zoom, zoomIn, fit);
        bar.getStyleClass().add("source-toolbar");
        return bar;
    }

    private static Button iconButton(FontIcon icon, UiStrings strings, String tooltipKey) {
        Button button = new Button();
        button.setGraphic(icon);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(strings.bind(tooltipKey));
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(tooltip.textProperty());
        return button;
    }
}
