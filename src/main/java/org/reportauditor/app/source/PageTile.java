package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.render.PageSize;

/**
 * One page of a PDF in the pages view: a white sheet of the page's size at the current zoom, its
 * image once drawn, and the marks of its findings over it.
 */
final class PageTile extends Pane {
    /** Marks reach a little beyond the printed glyphs, so as not to cover them edge to edge. */
    private static final double MARK_MARGIN = 1.5;
    /** A box drawn smaller than this, in points, either way, was meant as a click. */
    private static final double MIN_DRAWN = 4;

    private final PageSize size;
    private final ImageView image = new ImageView();
    private final Pane marksLayer = new Pane();
    private double pixelsPerPoint = 1;
    private double imageScale;
    /** The shapes drawn for the marks, each with the box it covers. */
    private final List<MarkShape> shapes = new ArrayList<>();
    /** The box being dragged, from where the drag began ({@code null} while none is). */
    private Rectangle drawing;
    private double startX;
    private double startY;

    PageTile(PageSize size) {
        this.size = size;
        getStyleClass().add("page-tile");
        image.setSmooth(true);
        image.setPreserveRatio(false);
        marksLayer.setPickOnBounds(false);
        getChildren().addAll(image, marksLayer);
        setZoom(1);
    }

    /**
     * Lets the user drag a box on the page (away from the marks, which a press selects);
     * {@code handler} is told of each box drawn, in points of the page. Too small a box is a click.
     */
    void drawable(Consumer<Box> handler) {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !(e.getTarget() instanceof Rectangle)) {
                startX = e.getX();
                startY = e.getY();
                drawing = new Rectangle(startX, startY, 0, 0);
                drawing.getStyleClass().addAll("source-mark", "mark-drawing");
                drawing.setMouseTransparent(true);
                marksLayer.getChildren().add(drawing);
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (drawing != null) {
                Box box = Box.ofCorners(startX, startY, clamp(e.getX(), getWidth()), clamp(e.getY(), getHeight()));
                drawing.setX(box.x());
                drawing.setY(box.y());
                drawing.setWidth(box.width());
                drawing.setHeight(box.height());
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (drawing != null) {
                marksLayer.getChildren().remove(drawing);
                Box drawn = new Box(drawing.getX() / pixelsPerPoint, drawing.getY() / pixelsPerPoint,
                        drawing.getWidth() / pixelsPerPoint, drawing.getHeight() / pixelsPerPoint);
                drawing = null;
                if (drawn.width() >= MIN_DRAWN && drawn.height() >= MIN_DRAWN) {
                    handler.accept(drawn);
                }
            }
        });
    }

    private static double clamp(double value, double most) {
        return Math.max(0, Math.min(most, value));
    }

    /** The scale of the image shown, 0 while there is none. */
    double imageScale() {
        return imageScale;
    }

    void setZoom(double newPixelsPerPoint) {
        pixelsPerPoint = newPixelsPerPoint;
        double width = Math.round(size.width() * pixelsPerPoint);
        double height = Math.round(size.height() * pixelsPerPoint);
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        image.setFitWidth(width);
        image.setFitHeight(height);
        placeMarks();
    }

    /** Where a box of this page lies inside the tile, in pixels. */
    Box toTile(Box box) {
        return new Box(box.x() * pixelsPerPoint, box.y() * pixelsPerPoint, box.width() * pixelsPerPoint,
                box.height() * pixelsPerPoint);
    }

    void showImage(Image drawn, double scale) {
        image.setImage(drawn);
        imageScale = scale;
    }

    /** Lets go of the image of a page far out of view. */
    void releaseImage() {
        image.setImage(null);
        imageScale = 0;
    }

    /** Shows these marks, the selection's on top; {@code onClicked} is told of a mark clicked. */
    void setMarks(List<SourceMark> pageMarks, Consumer<SourceMark> onClicked) {
        marksLayer.getChildren().clear();
        shapes.clear();
        for (SourceMark mark : pageMarks) {
            Rectangle shape = new Rectangle();
            shape.getStyleClass().addAll(MarkStyles.of(mark));
            if (mark.tooltip() != null) {
                Tooltip.install(shape, new Tooltip(mark.tooltip()));
            }
            shape.setOnMouseClicked(e -> onClicked.accept(mark));
            shapes.add(new MarkShape(shape, ((SourceLocation.PageRegion) mark.location()).box()));
            if (mark.selected()) {
                marksLayer.getChildren().add(shape);
            } else {
                marksLayer.getChildren().add(0, shape);
            }
        }
        placeMarks();
    }

    /** A mark's shape and the box of the page it covers. */
    private record MarkShape(Rectangle shape, Box box) {
    }

    /** Puts each mark's shape over its box at the current zoom (a zoom step moves them, makes none). */
    private void placeMarks() {
        double margin = MARK_MARGIN * pixelsPerPoint;
        for (MarkShape mark : shapes) {
            Box box = toTile(mark.box());
            mark.shape().setX(box.x() - margin);
            mark.shape().setY(box.y() - margin);
            mark.shape().setWidth(box.width() + 2 * margin);
            mark.shape().setHeight(box.height() + 2 * margin);
        }
    }
}
