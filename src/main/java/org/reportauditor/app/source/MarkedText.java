package org.reportauditor.app.source;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.reportauditor.app.layout.Words;

/**
 * A wrapped piece of text (a paragraph, a table cell) with translucent marks behind some of its
 * characters, drawn from the shapes the text gives for them (so a mark follows the text across
 * line breaks). Padding, border and background come from the style sheet.
 */
final class MarkedText extends Region {
    /** Characters {@code from..to} of the text, marked with these style classes and this tooltip. */
    record Range(int from, int to, List<String> styleClasses, String tooltip, SourceMark mark) {
    }

    private final Text text;
    private final Consumer<SourceMark> onMarkClicked;
    private List<Range> ranges = List.of();
    private List<String> wholeClasses = List.of();
    private Tooltip wholeTooltip;
    private Font measuredFont;
    private double naturalWidth;
    private double widestWord;
    /** The drag selecting characters, and where it started (-1 while none is under way). */
    private final Path selection = new Path();
    private int anchor = -1;

    MarkedText(String content, TextAlignment alignment, Consumer<SourceMark> onMarkClicked) {
        this.text = new Text(content);
        this.onMarkClicked = onMarkClicked;
        text.getStyleClass().add("document-text");
        text.setTextOrigin(VPos.TOP);
        text.setTextAlignment(alignment);
        getChildren().add(text);
    }

    String text() {
        return text.getText();
    }

    /** Marks these characters from now on, in place of the marks before. */
    void mark(List<Range> newRanges) {
        ranges = List.copyOf(newRanges);
        getChildren().setAll(text);
        anchor = -1;
        for (Range range : ranges) {
            Path shape = new Path();
            shape.getStyleClass().addAll(range.styleClasses());
            shape.setManaged(false);
            if (range.tooltip() != null) {
                Tooltip.install(shape, new Tooltip(range.tooltip()));
            }
            shape.setOnMouseClicked(e -> onMarkClicked.accept(range.mark()));
            // behind the glyphs
            getChildren().add(getChildren().size() - 1, shape);
        }
        requestLayout();
    }

    /**
     * Marks the whole of it with these style classes (in place of those before), this tooltip
     * ({@code null} for none) and the mark a click on it chooses ({@code null} for none).
     */
    void markWhole(List<String> styleClasses, String tooltip, SourceMark clicked) {
        getStyleClass().removeAll(wholeClasses);
        wholeClasses = List.copyOf(styleClasses);
        getStyleClass().addAll(wholeClasses);
        if (wholeTooltip != null) {
            Tooltip.uninstall(this, wholeTooltip);
            wholeTooltip = null;
        }
        if (tooltip != null) {
            wholeTooltip = new Tooltip(tooltip);
            Tooltip.install(this, wholeTooltip);
        }
        setOnMouseClicked(clicked == null ? null : e -> onMarkClicked.accept(clicked));
    }

    /**
     * Lets the user select characters by dragging across them; {@code handler} is told of each
     * selection made ({@code from}, {@code to}), which stays shown until the next press.
     */
    void selectable(BiConsumer<Integer, Integer> handler) {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                anchor = indexAt(e);
                showSelection(anchor, anchor);
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (anchor >= 0) {
                showSelection(anchor, indexAt(e));
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (anchor >= 0) {
                int end = indexAt(e);
                int from = Math.min(anchor, end);
                int to = Math.max(anchor, end);
                anchor = -1;
                if (to > from) {
                    handler.accept(from, to);
                } else {
                    showSelection(0, 0);
                }
            }
        });
    }

    private int indexAt(MouseEvent e) {
        Point2D at = text.sceneToLocal(e.getSceneX(), e.getSceneY());
        return Math.max(0, Math.min(text.getText().length(), text.hitTest(at).getInsertionIndex()));
    }

    /** Shows characters {@code a..b} (either way round) as selected; an empty range shows none. */
    void showSelection(int a, int b) {
        if (a == b) {
            getChildren().remove(selection);
            return;
        }
        if (!getChildren().contains(selection)) {
            selection.getStyleClass().setAll("text-selection");
            selection.setManaged(false);
            selection.setMouseTransparent(true);
            getChildren().add(getChildren().size() - 1, selection);
        }
        selection.getElements().setAll(text.rangeShape(Math.min(a, b), Math.max(a, b)));
        selection.setLayoutX(text.getLayoutX());
        selection.setLayoutY(text.getLayoutY());
    }

    /** The width of the text on one line, padding included. */
    double naturalWidth() {
        measure();
        return naturalWidth + horizontalInsets();
    }

    /** The least width that breaks no word, padding included. */
    double minContentWidth() {
        measure();
        return widestWord + horizontalInsets();
    }

    /** Measured with the font the style sheet gave, again whenever it gives another. */
    private void measure() {
        Font font = text.getFont();
        if (font.equals(measuredFont)) {
            return;
        }
        Text probe = new Text(text.getText());
        probe.setFont(font);
        naturalWidth = roomFor(probe);
        widestWord = Words.widest(text.getText(), font) + 1;
        measuredFont = font;
    }

    /** A whole pixel more than the text's width: given exactly its width, a line may still wrap. */
    private static double roomFor(Text probe) {
        return Math.ceil(probe.getLayoutBounds().getWidth()) + 1;
    }

    private double horizontalInsets() {
        Insets insets = getInsets();
        return insets.getLeft() + insets.getRight();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return naturalWidth();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        if (width > 0) {
            text.setWrappingWidth(Math.max(1, width - horizontalInsets()));
        }
        return insets.getTop() + text.getLayoutBounds().getHeight() + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        text.setWrappingWidth(Math.max(1, getWidth() - horizontalInsets()));
        double free = getHeight() - insets.getTop() - insets.getBottom() - text.getLayoutBounds().getHeight();
        text.relocate(insets.getLeft(), insets.getTop() + Math.max(0, free / 2));
        int length = text.getText().length();
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            Path shape = (Path) getChildren().get(i);
            int from = Math.max(0, Math.min(length, range.from()));
            int to = Math.max(from, Math.min(length, range.to()));
            shape.getElements().setAll(text.rangeShape(from, to));
            shape.setLayoutX(text.getLayoutX());
            shape.setLayoutY(text.getLayoutY());
        }
    }
}
