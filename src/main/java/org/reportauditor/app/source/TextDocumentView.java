package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import org.reportauditor.model.SourceLocation;

/**
 * A Word, HTML or text report as a readable document: its prose line by line and its tables as
 * grids, with the places that findings concern marked. Only the lines and rows in view are built.
 */
final class TextDocumentView extends ListView<DocumentBlock> {
    /** What the cells leave of the list's width: its padding and scroll bar. */
    private static final double CELL_INSETS = 36;
    /** The width of a column of values in a table. */
    private static final double VALUE_WIDTH = 58;
    private static final double EMPTY_LABEL_WIDTH = 18;
    /** The labels of a row keep at least as much room as this many columns of values. */
    private static final double MIN_LABEL_SHARE = 3;

    private final SourceViewModel model;

    TextDocumentView(SourceDocument.Text document, SourceViewModel model) {
        super();
        this.model = model;
        setId("textDocument");
        getStyleClass().add("text-document");
        getItems().setAll(document.blocks());
        setCellFactory(list -> new BlockCell());
        setFocusTraversable(true);
        model.marks().addListener((ListChangeListener<SourceMark>) change -> refresh());
        model.focusProperty().addListener((obs, old, now) -> {
            if (now instanceof SourceLocation.TextRange range) {
                scrollTo(range);
            }
        });
        if (model.focusProperty().get() instanceof SourceLocation.TextRange range) {
            scrollTo(range);
        }
    }

    /** The index of the block holding the start of {@code range}, -1 for none. */
    int blockOf(SourceLocation.TextRange range) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).overlaps(range.offset(), range.end())) {
                return i;
            }
        }
        return -1;
    }

    private void scrollTo(SourceLocation.TextRange range) {
        int index = blockOf(range);
        if (index >= 0) {
            // a little context above the place, rather than the place glued to the top edge
            scrollTo(Math.max(0, index - 2));
            getSelectionModel().select(index);
        }
    }

    /** The marks on characters {@code from..to} of the report's text, relative to {@code from}. */
    private List<MarkedText.Range> marksWithin(int from, int to) {
        List<MarkedText.Range> ranges = new ArrayList<>();
        for (SourceMark mark : model.marks()) {
            if (mark.location() instanceof SourceLocation.TextRange range) {
                int start = Math.max(from, range.offset());
                int end = Math.min(to, range.end());
                if (start < end || range.length() == 0 && range.offset() >= from && range.offset() < to) {
                    ranges.add(new MarkedText.Range(start - from, Math.max(end, start) - from, MarkStyles.of(mark)));
                }
            }
        }
        return ranges;
    }

    private List<SourceMark> marksOn(DocumentBlock.Span span) {
        List<SourceMark> marks = new ArrayList<>();
        for (SourceMark mark : model.marks()) {
            if (mark.location() instanceof SourceLocation.TextRange range
                    && range.offset() < Math.max(span.end(), span.start() + 1) && range.end() > span.start()) {
                marks.add(mark);
            }
        }
        return marks;
    }

    private final class BlockCell extends ListCell<DocumentBlock> {
        BlockCell() {
            setPrefWidth(0);
            getStyleClass().add("document-block");
        }

        @Override
        protected void updateItem(DocumentBlock block, boolean empty) {
            super.updateItem(block, empty);
            setText(null);
            getStyleClass().remove("table-row");
            if (block instanceof DocumentBlock.Row) {
                getStyleClass().add("table-row");
            }
            setGraphic(empty || block == null ? null : nodeOf(block));
        }

        private Node nodeOf(DocumentBlock block) {
            Region node = block instanceof DocumentBlock.Row row ? row(row)
                    : prose(((DocumentBlock.Prose) block).line());
            node.prefWidthProperty().bind(getListView().widthProperty().subtract(CELL_INSETS));
            node.maxWidthProperty().bind(node.prefWidthProperty());
            return node;
        }

        private Region prose(DocumentBlock.Span line) {
            MarkedText text = new MarkedText(line.text(), marksWithin(line.start(), line.end()));
            text.getStyleClass().add("document-prose");
            return text;
        }

        /**
         * The values sit in equal columns counted from the right edge, as in every row of the
         * table; the labels share what is left (and a row with fewer values gives them that room).
         */
        private Region row(DocumentBlock.Row row) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("document-row");
            if (row.first()) {
                grid.getStyleClass().add("first-row");
            }
            List<DocumentBlock.Span> labels = row.labels();
            // values get their width unless that leaves the labels too little: then all shrink alike
            DoubleBinding width = getListView().widthProperty().subtract(CELL_INSETS);
            DoubleBinding valueWidth = Bindings.createDoubleBinding(() -> Math.min(VALUE_WIDTH,
                    width.get() / (row.valueColumns() + MIN_LABEL_SHARE)), width);
            // an empty label is the place of one merged from the rows above: it needs little room
            long empty = labels.stream().filter(l -> l.text().isEmpty()).count();
            long named = Math.max(1, labels.size() - empty);
            for (DocumentBlock.Span span : labels) {
                ColumnConstraints label = new ColumnConstraints();
                if (span.text().isEmpty()) {
                    label.setPrefWidth(EMPTY_LABEL_WIDTH);
                } else {
                    label.prefWidthProperty().bind(width.subtract(valueWidth.multiply(row.valueColumns()))
                            .subtract(empty * EMPTY_LABEL_WIDTH).divide(named));
                }
                label.setMinWidth(0);
                grid.getColumnConstraints().add(label);
            }
            for (int c = 0; c < row.valueColumns(); c++) {
                ColumnConstraints value = new ColumnConstraints();
                value.prefWidthProperty().bind(valueWidth);
                value.setMinWidth(0);
                grid.getColumnConstraints().add(value);
            }
            int unused = row.valueColumns() - row.values();
            for (int c = 0; c < labels.size(); c++) {
                boolean last = c == labels.size() - 1;
                grid.add(cell(labels.get(c)), c, 0, last ? 1 + unused : 1, 1);
            }
            List<DocumentBlock.Span> values = row.cells().subList(labels.size(), row.cells().size());
            for (int c = 0; c < values.size(); c++) {
                Label value = cell(values.get(c));
                value.getStyleClass().add("document-value");
                grid.add(value, labels.size() + unused + c, 0);
                GridPane.setHalignment(value, HPos.RIGHT);
            }
            return grid;
        }

        private Label cell(DocumentBlock.Span span) {
            Label cell = new Label(span.text());
            cell.getStyleClass().add("document-cell");
            cell.setWrapText(true);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMaxHeight(Double.MAX_VALUE);
            List<SourceMark> marks = marksOn(span);
            for (SourceMark mark : marks) {
                cell.getStyleClass().addAll(MarkStyles.of(mark));
            }
            marks.stream().map(SourceMark::tooltip).filter(t -> t != null).findFirst()
                    .ifPresent(tip -> cell.setTooltip(new Tooltip(tip)));
            marks.stream().filter(m -> m.finding() >= 0).findFirst()
                    .ifPresent(mark -> cell.setOnMouseClicked(e -> model.choose(mark)));
            return cell;
        }
    }
}
