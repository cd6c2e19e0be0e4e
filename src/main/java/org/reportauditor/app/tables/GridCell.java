package org.reportauditor.app.tables;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A cell of a sheet: a region (background, border, padding from the style sheet) around one line
 * or one wrapped paragraph of text. Lighter than a label, which matters in a grid of hundreds.
 */
final class GridCell extends Region {
    private final Text text;
    private final HPos alignment;
    private final boolean wraps;
    private final String read;
    /** What the reader read, struck through beside the auditor's correction; absent while none is made. */
    private Text struck;

    GridCell(String content, HPos alignment, boolean wraps) {
        this.text = new Text(content);
        this.read = content;
        this.alignment = alignment;
        this.wraps = wraps;
        text.getStyleClass().add("sheet-text");
        text.setTextOrigin(VPos.TOP);
        text.setTextAlignment(switch (alignment) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        getChildren().add(text);
    }

    /** Shows {@code value} with {@code reading} struck through before it; {@code null} shows the reading again. */
    void correct(String value, String reading) {
        if (value == null) {
            text.setText(read);
            getChildren().remove(struck);
            struck = null;
            return;
        }
        text.setText(value);
        if (struck == null) {
            struck = new Text();
            struck.getStyleClass().add("sheet-reading");
            struck.setStrikethrough(true);
            struck.setTextOrigin(VPos.TOP);
            getChildren().add(struck);
        }
        struck.setText(reading);
        requestLayout();
    }

    /** The text it shows now (a correction's value where one is made). */
    String shownText() {
        return text.getText();
    }

    /** The struck-through reading beside a correction, {@code null} when none is made. */
    String struckReading() {
        return struck == null ? null : struck.getText();
    }

    private double struckWidth() {
        return struck == null ? 0 : struck.getLayoutBounds().getWidth() + 4;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        if (wraps && width > 0) {
            text.setWrappingWidth(Math.max(1, width - insets.getLeft() - insets.getRight()));
        }
        return insets.getTop() + text.getLayoutBounds().getHeight() + insets.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + struckWidth() + text.getLayoutBounds().getWidth() + insets.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        if (wraps) {
            text.setWrappingWidth(Math.max(1, width));
        }
        double textWidth = wraps ? width : text.getLayoutBounds().getWidth();
        double x = switch (alignment) {
            case LEFT -> 0;
            case CENTER -> (width - textWidth) / 2;
            case RIGHT -> width - textWidth;
        };
        double y = (getHeight() - insets.getTop() - insets.getBottom() - text.getLayoutBounds().getHeight()) / 2;
        text.relocate(insets.getLeft() + x, insets.getTop() + Math.max(0, y));
        if (struck != null) {
            struck.relocate(insets.getLeft() + x - struckWidth(), insets.getTop() + Math.max(0, y));
        }
    }
}
