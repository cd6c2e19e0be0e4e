package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.util.Duration;
import javafx.util.Subscription;

import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.render.PageSize;
import org.reportauditor.render.PageSource;

/**
 * The pages of a PDF, one under the other. Only the pages in or next to the view are drawn; while
 * the zoom changes, the pages already drawn are stretched until the new drawing is ready.
 */
final class PdfPagesView extends StackPane {
    private static final double GAP = 12;
    /** Screen pixels per PDF point at 100 %: 96 dpi against 72 points per inch. */
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;
    /** Pages this far from the view keep their images for scrolling back. */
    private static final int KEEP_AROUND = 2;
    private static final Duration SETTLE = Duration.millis(150);
    /** What a vertical scroll bar takes of the view, before the view is laid out. */
    private static final double HINT_SCROLLBAR = 16;

    private final SourceViewModel model;
    private final PageImages images;
    private final List<PageTile> tiles = new ArrayList<>();
    private final double widestPage;
    /**
     * Where each page's top lies in the column at the current zoom, and last where the column
     * ends: worked out from the page sizes and the zoom rather than read from the layout, which
     * lags a pass behind a change of zoom or a view just shown.
     */
    private double[] tops;
    private double widestTile;
    /** The pages showing an image, drawn or stretched. */
    private final BitSet withImages = new BitSet();
    private final VBox column = new VBox(GAP);
    private final ScrollPane scroller = new ScrollPane(column);
    private final IntegerProperty currentPage = new SimpleIntegerProperty(this, "currentPage", 1);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private double pixelsPerPoint = PIXELS_PER_POINT;
    private boolean applyingZoom;
    /** A place to bring into view once the view has its size (a new view has none yet). */
    private SourceLocation.PageRegion pendingFocus;
    private final Dimension2D sizeHint;
    /** What this view listens to on the window's view-model, which outlives it. */
    private final Subscription modelSubscriptions;

    /**
     * @param sizeHint the size the view is about to get (its parent's), so that the first pages
     *                 can be drawn at the right zoom before the view is laid out
     */
    PdfPagesView(PageSource pages, SourceViewModel model, Executor renderThread,
                 Dimension2D sizeHint) {
        this.model = model;
        this.sizeHint = sizeHint;
        this.images = new PageImages(pages, renderThread);
        getStyleClass().add("pdf-pages");
        setId("pdfPages");
        List<PageSize> sizes = pages.pageSizes();
        for (int i = 0; i < sizes.size(); i++) {
            PageTile tile = new PageTile(sizes.get(i));
            int page = i + 1;
            tile.drawable(box -> model.markPlace(new SourceLocation.PageRegion(page, box), null));
            tiles.add(tile);
        }
        widestPage = sizes.stream().mapToDouble(PageSize::width).max().orElse(1);
        column.getChildren().setAll(tiles);
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(GAP));
        column.getStyleClass().add("page-column");
        scroller.setFitToWidth(true);
        scroller.setPannable(false);
        scroller.getStyleClass().add("page-scroller");
        getChildren().add(scroller);

        settle.setOnFinished(e -> drawVisible(true));
        scroller.vvalueProperty().addListener((obs, old, now) -> drawVisible(false));
        scroller.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (old.getWidth() != now.getWidth()) {
                applyZoom();
            }
            if (pendingFocus != null && now.getHeight() > 0) {
                SourceLocation.PageRegion region = pendingFocus;
                pendingFocus = null;
                scrollTo(region);
            }
            drawVisible(false);
        });
        modelSubscriptions = Subscription.combine(
                model.zoomProperty().subscribe((old, now) -> applyZoom()),
                model.fitWidthProperty().subscribe((old, now) -> applyZoom()),
                model.onMarksChanged(this::placeMarks),
                model.focusProperty().subscribe((old, now) -> {
                    if (now instanceof SourceLocation.PageRegion region) {
                        scrollTo(region);
                    }
                }));
        placeMarks();
        applyZoom();
        // the window picks the place to show right after it opens the report: wait for it before
        // drawing, lest the first page be drawn first for nothing
        Platform.runLater(() -> {
            if (model.focusProperty().get() instanceof SourceLocation.PageRegion region) {
                scrollTo(region);
            } else {
                drawVisible(false);
            }
        });
    }

    /** Lets go of the view-model when another document takes this one's place. */
    void dispose() {
        modelSubscriptions.unsubscribe();
    }

    /** The page at the middle of the view, 1-based. */
    ReadOnlyIntegerProperty currentPageProperty() {
        return currentPage;
    }

    int pageCount() {
        return tiles.size();
    }

    /** Scrolls so that page {@code page}'s top is at the top of the view. */
    void goToPage(int page) {
        if (tiles.isEmpty()) {
            // a file with no pages: nowhere to go
            return;
        }
        int index = Math.max(1, Math.min(tiles.size(), page)) - 1;
        scrollToPoint(0, tileBounds(index).getMinY() - GAP, false);
    }

    /** Scrolls so that the box of a page is in the middle of the view. */
    void scrollTo(SourceLocation.PageRegion region) {
        if (region.page() < 1 || region.page() > tiles.size()) {
            return;
        }
        if (viewport().getHeight() <= 0) {
            pendingFocus = region;
            return;
        }
        Bounds bounds = tileBounds(region.page() - 1);
        Box box = tiles.get(region.page() - 1).toTile(region.box());
        scrollToPoint(bounds.getMinX() + box.centerX(), bounds.getMinY() + box.centerY(), true);
    }

    /**
     * Whether the box of a page lies wholly inside the view; the tests' way to see that a
     * finding's place was brought into view.
     */
    boolean shows(SourceLocation.PageRegion region) {
        Bounds bounds = tileBounds(region.page() - 1);
        Box box = tiles.get(region.page() - 1).toTile(region.box());
        Bounds view = visibleArea();
        return box.x() + bounds.getMinX() >= view.getMinX() && box.right() + bounds.getMinX() <= view.getMaxX()
                && box.y() + bounds.getMinY() >= view.getMinY() && box.bottom() + bounds.getMinY() <= view.getMaxY();
    }

    /** Whether the page shows an image drawn for the current zoom. */
    boolean isDrawn(int page) {
        return tiles.get(page - 1).imageScale() == drawingScale();
    }

    /** Where a page lies in the column. */
    private Bounds tileBounds(int index) {
        PageTile tile = tiles.get(index);
        double left = (contentWidth() - tile.getPrefWidth()) / 2;
        return new BoundingBox(left, tops[index], tile.getPrefWidth(), tile.getPrefHeight());
    }

    private double contentHeight() {
        return tops[tiles.size()];
    }

    /** The column is as wide as the view, or as the widest page when zoomed in beyond it. */
    private double contentWidth() {
        return Math.max(viewport().getWidth(), widestTile + 2 * GAP);
    }

    /** Sizes the pages for the zoom, and works out where each lies. */
    private void sizeTiles() {
        tops = new double[tiles.size() + 1];
        widestTile = 0;
        double top = GAP;
        for (int i = 0; i < tiles.size(); i++) {
            PageTile tile = tiles.get(i);
            tile.setZoom(pixelsPerPoint);
            tops[i] = top;
            top += tile.getPrefHeight() + GAP;
            widestTile = Math.max(widestTile, tile.getPrefWidth());
        }
        tops[tiles.size()] = top;
    }

    /** The first page whose bottom (and the gap below it) reaches down to {@code y}; the count if none does. */
    private int firstEndingAtOrBelow(double y) {
        int low = 0;
        int high = tiles.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tops[mid + 1] >= y) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The first page whose top is below {@code y}; the count if none is. */
    private int firstStartingBelow(double y) {
        int low = 0;
        int high = tiles.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tops[mid] > y) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /**
     * The scroll pane's viewport; until it is laid out, the size it will get: the hint less a
     * scroll bar.
     */
    private Bounds viewport() {
        Bounds viewport = scroller.getViewportBounds();
        if (viewport.getHeight() > 0 || sizeHint == null) {
            return viewport;
        }
        return new BoundingBox(0, 0, Math.max(0, sizeHint.getWidth() - HINT_SCROLLBAR),
                Math.max(0, sizeHint.getHeight()));
    }

    private void scrollToPoint(double x, double y, boolean centre) {
        Bounds viewport = viewport();
        double contentHeight = contentHeight();
        double contentWidth = contentWidth();
        double top = centre ? y - viewport.getHeight() / 2 : y;
        if (centre) {
            scroller.setHvalue(fraction(x - viewport.getWidth() / 2, contentWidth - viewport.getWidth()));
        }
        double before = scroller.getVvalue();
        scroller.setVvalue(fraction(top, contentHeight - viewport.getHeight()));
        if (scroller.getVvalue() == before) {
            // no scrolling happened, so the scroll listener did not draw
            drawVisible(false);
        }
    }

    private static double fraction(double offset, double range) {
        return range <= 0 ? 0 : Math.max(0, Math.min(1, offset / range));
    }

    /** The part of the page column in view, in the column's coordinates. */
    private Bounds visibleArea() {
        Bounds viewport = viewport();
        double top = Math.max(0, contentHeight() - viewport.getHeight()) * scroller.getVvalue();
        double left = Math.max(0, contentWidth() - viewport.getWidth()) * scroller.getHvalue();
        return new BoundingBox(left, top, viewport.getWidth(), viewport.getHeight());
    }

    private void applyZoom() {
        if (applyingZoom) {
            return;
        }
        applyingZoom = true;
        try {
            double viewportWidth = viewport().getWidth();
            if (model.fitWidthProperty().get() && viewportWidth > 0) {
                pixelsPerPoint = Math.max(0.1, (viewportWidth - 2 * GAP) / widestPage);
                model.zoomProperty().set(pixelsPerPoint / PIXELS_PER_POINT * 100);
            } else {
                pixelsPerPoint = model.zoomProperty().get() / 100 * PIXELS_PER_POINT;
            }
        } finally {
            applyingZoom = false;
        }
        sizeTiles();
        settle.playFromStart();
    }

    /** Image pixels per point for the zoom and the screen (HiDPI screens get sharper images), in steps. */
    private double drawingScale() {
        double outputScale = getScene() == null || getScene().getWindow() == null
                ? Screen.getPrimary().getOutputScaleX() : getScene().getWindow().getOutputScaleX();
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
        // the pages in view: from the first whose bottom is below the view's top to the last whose
        // top is above the view's bottom
        int first = firstEndingAtOrBelow(view.getMinY() + GAP);
        int last = firstStartingBelow(view.getMaxY()) - 1;
        if (first >= tiles.size() || last < first) {
            return;
        }
        int middle = firstEndingAtOrBelow(view.getMinY() + view.getHeight() / 2);
        int centrePage = Math.min(middle, last);
        currentPage.set(centrePage + 1);
        double scale = drawingScale();
        // the page in the middle first, then the others in view, then those next to the view
        List<Integer> order = new ArrayList<>();
        order.add(centrePage);
        for (int distance = 1; centrePage - distance >= first || centrePage + distance <= last; distance++) {
            for (int i : new int[] {centrePage - distance, centrePage + distance}) {
                if (i >= first && i <= last) {
                    order.add(i);
                }
            }
        }
        for (int i : new int[] {first - 1, last + 1}) {
            if (i >= 0 && i < tiles.size()) {
                order.add(i);
            }
        }
        Set<Integer> wanted = new HashSet<>();
        order.forEach(i -> wanted.add(i + 1));
        images.want(wanted);
        for (int i : order) {
            PageTile tile = tiles.get(i);
            if (tile.imageScale() == 0 || redraw && tile.imageScale() != scale) {
                images.request(i + 1, scale, image -> {
                    tile.showImage(image, scale);
                    withImages.set(i);
                });
            }
        }
        for (int i = withImages.nextSetBit(0); i >= 0; i = withImages.nextSetBit(i + 1)) {
            if (i < first - KEEP_AROUND || i > last + KEEP_AROUND) {
                tiles.get(i).releaseImage();
                withImages.clear(i);
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
}
