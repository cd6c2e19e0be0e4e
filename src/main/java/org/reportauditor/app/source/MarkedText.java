package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A wrapped line of text with translucent marks behind some of its characters, drawn from the
 * shapes the text flow gives for those characters (so a mark follows the text across line breaks).
 */
final class MarkedText extends Region {
    /** Characters {@code from..to} of the text, marked with these style classes. */
    record Range(int from, int to, List<String> styleClasses) {
    }

    private final TextFlow flow;
    private final List<Range> ranges;
    private final List<Path> shapes = new ArrayList<>();

    MarkedText(String text, List<Range> ranges) {
        Text content = new Text(text);
        content.getStyleClass().add("document-text");
        this.flow = new TextFlow(content);
        this.ranges = List.copyOf(ranges);
        for (Range range : this.ranges) {
            Path shape = new Path();
            shape.getStyleClass().addAll(range.styleClasses());
            shape.setManaged(false);
            shapes.add(shape);
        }
        getChildren().addAll(shapes);
        getChildren().add(flow);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return flow.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(height) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        flow.resizeRelocate(x, y, width, flow.prefHeight(width));
        flow.layout();
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            PathElement[] elements = flow.rangeShape(range.from(), range.to());
            Path shape = shapes.get(i);
            shape.getElements().setAll(elements);
            shape.setLayoutX(x);
            shape.setLayoutY(y);
        }
    }
}
