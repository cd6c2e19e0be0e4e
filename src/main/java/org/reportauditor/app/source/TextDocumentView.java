package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.reportauditor.model.SourceLocation;

/**
 * A Word, HTML or text report as a readable document: its prose line by line and its tables as
 * grids, with the places that findings concern marked. Only the lines and rows in view are built.
 */
final class TextDocumentView extends ListView<DocumentBlock> {
    /** What the cells leave of the list's width: its padding and scroll bar. */
    private static final double CELL_INSETS = 36;
    /** Share of a table's width for its first column, which holds the row labels. */
    private static final double LABEL_COLUMN_PERCENT = 34;

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

        private Region row(DocumentBlock.Row row) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("document-row");
            if (row.first()) {
                grid.getStyleClass().add("first-row");
            }
            int columns = row.columns();
            for (int c = 0; c < columns; c++) {
                ColumnConstraints constraints = new ColumnConstraints();
                constraints.setPercentWidth(columns == 1 ? 100
                        : c == 0 ? LABEL_COLUMN_PERCENT : (100 - LABEL_COLUMN_PERCENT) / (columns - 1));
                constraints.setHgrow(Priority.ALWAYS);
                constraints.setFillWidth(true);
                grid.getColumnConstraints().add(constraints);
            }
            // rows are aligned on their right end, where the numbers are: a row that prints fewer
            // cells (its label merged with the row above) lets its first cell take the room
            int shift = columns - row.cells().size();
            for (int c = 0; c < row.cells().size(); c++) {
                Label cell = cell(row.cells().get(c));
                grid.add(cell, c == 0 ? 0 : c + shift, 0, c == 0 ? shift + 1 : 1, 1);
                GridPane.setHalignment(cell, c == 0 ? HPos.LEFT : HPos.RIGHT);
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
