package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;

import org.reportauditor.ingest.Block;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.SourceLocation;

/**
 * A Word, HTML or text report as a readable document, laid out as its file lays it out: its
 * paragraphs one under the other and its tables as grids with their merged cells, with the places
 * that findings concern marked (the characters of a paragraph, the whole of a cell).
 */
final class TextDocumentView extends ScrollPane {
    /** Room left above a place brought into view, so that what leads up to it shows too. */
    private static final double CONTEXT_ABOVE = 0.3;

    /**
     * A paragraph or a cell as shown, and the characters of the document's text it stands for
     * ({@code null} when the file gives none, as for a PDF's text).
     */
    private record Piece(MarkedText node, SourceLocation.TextRange range, boolean cell) {
    }

    private final SourceViewModel model;
    private final VBox column = new VBox();
    private final List<Piece> pieces = new ArrayList<>();
    /** What this view listens to on the window's view-model, which outlives it. */
    private final Subscription modelSubscriptions;
    /** A place to bring into view once the view has its size (a new view has none yet). */
    private SourceLocation.TextRange pendingFocus;
    /** The paragraph or cell whose words are selected, {@code null} for none. */
    private MarkedText selectedPiece;

    TextDocumentView(RawDocument document, SourceViewModel model) {
        this.model = model;
        setId("textDocument");
        getStyleClass().add("text-document");
        column.getStyleClass().add("document-column");
        for (Block block : document.blocks()) {
            column.getChildren().add(nodeOf(block));
        }
        for (Piece piece : pieces) {
            selectable(piece);
        }
        setContent(column);
        setFitToWidth(true);
        setFocusTraversable(true);
        mark();
        modelSubscriptions = Subscription.combine(
                model.onMarksChanged(this::mark),
                model.focusProperty().subscribe((old, now) -> {
                    if (now instanceof SourceLocation.TextRange range) {
                        scrollTo(range);
                    }
                }));
        viewportBoundsProperty().addListener((obs, old, now) -> {
            if (pendingFocus != null && now.getHeight() > 0) {
                SourceLocation.TextRange range = pendingFocus;
                pendingFocus = null;
                // after this pass: the pieces get their places once the column is laid out
                Platform.runLater(() -> scrollTo(range));
            }
        });
        if (model.focusProperty().get() instanceof SourceLocation.TextRange range) {
            scrollTo(range);
        }
    }

    /** Lets go of the view-model when another document takes this one's place. */
    void dispose() {
        modelSubscriptions.unsubscribe();
    }

    private Region nodeOf(Block block) {
        if (block instanceof TableBlock table) {
            DocumentTable grid = new DocumentTable(table, model::choose);
            for (DocumentTable.PlacedCell placed : grid.cells()) {
                RawCell cell = placed.cell();
                pieces.add(new Piece(placed.node(), rangeOf(cell.source()), true));
            }
            return grid;
        }
        TextBlock paragraph = (TextBlock) block;
        MarkedText text = new MarkedText(paragraph.text(), TextAlignment.LEFT, model::choose);
        text.getStyleClass().add("document-paragraph");
        pieces.add(new Piece(text, rangeOf(paragraph.paragraph().source()), false));
        return text;
    }

    /**
     * Words selected in a paragraph or a cell are offered to the auditor for a finding of their
     * own, as the range of the document's text they are (the whole piece where its characters
     * cannot be told apart in the text).
     */
    private void selectable(Piece piece) {
        SourceLocation.TextRange range = piece.range();
        if (range == null) {
            return;
        }
        piece.node().selectable((from, to) -> {
            if (selectedPiece != null && selectedPiece != piece.node()) {
                selectedPiece.showSelection(0, 0);
            }
            selectedPiece = piece.node();
            String words = piece.node().text().substring(from, to);
            boolean exact = range.length() == piece.node().text().length();
            model.markPlace(exact ? SourceLocation.TextRange.of(range.offset() + from, to - from) : range, words);
        });
    }

    private static SourceLocation.TextRange rangeOf(SourceLocation source) {
        return source instanceof SourceLocation.TextRange range ? range : null;
    }

    /** Whether the paragraph or cell holding the start of {@code range} is wholly in view. */
    boolean shows(SourceLocation.TextRange range) {
        Piece piece = pieceOf(range);
        if (piece == null || getViewportBounds().getHeight() <= 0) {
            return false;
        }
        Bounds bounds = boundsInColumn(piece);
        double top = visibleTop();
        return bounds.getMinY() >= top && bounds.getMaxY() <= top + getViewportBounds().getHeight();
    }

    private Piece pieceOf(SourceLocation.TextRange range) {
        for (Piece piece : pieces) {
            if (piece.range() != null && overlaps(piece.range(), range)) {
                return piece;
            }
        }
        return null;
    }

    /**
     * Whether two ranges share a character; an empty range (a blank cell, a place between words)
     * counts as the character it stands before.
     */
    private static boolean overlaps(SourceLocation.TextRange a, SourceLocation.TextRange b) {
        int aEnd = Math.max(a.end(), a.offset() + 1);
        int bEnd = Math.max(b.end(), b.offset() + 1);
        return a.offset() < bEnd && b.offset() < aEnd;
    }

    private void scrollTo(SourceLocation.TextRange range) {
        Piece piece = pieceOf(range);
        if (piece == null) {
            return;
        }
        if (getViewportBounds().getHeight() <= 0) {
            pendingFocus = range;
            return;
        }
        layout();
        if (shows(range)) {
            return;
        }
        Bounds bounds = boundsInColumn(piece);
        double viewport = getViewportBounds().getHeight();
        double scrollable = column.getHeight() - viewport;
        double top = bounds.getHeight() > viewport * (1 - CONTEXT_ABOVE) ? bounds.getMinY()
                : bounds.getMinY() - viewport * CONTEXT_ABOVE;
        setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, top / scrollable)));
    }

    private Bounds boundsInColumn(Piece piece) {
        return column.sceneToLocal(piece.node().localToScene(piece.node().getLayoutBounds()));
    }

    private double visibleTop() {
        return Math.max(0, column.getHeight() - getViewportBounds().getHeight()) * getVvalue();
    }

    /** Marks every paragraph and cell that a mark of the view-model overlaps. */
    private void mark() {
        List<SourceMark> marks = model.marks().stream()
                .filter(m -> m.location() instanceof SourceLocation.TextRange).toList();
        for (Piece piece : pieces) {
            List<SourceMark> on = piece.range() == null ? List.of() : marks.stream()
                    .filter(m -> overlaps(piece.range(), (SourceLocation.TextRange) m.location())).toList();
            if (piece.cell()) {
                markCell(piece.node(), on);
            } else {
                markCharacters(piece, on);
            }
        }
    }

    private void markCharacters(Piece piece, List<SourceMark> marks) {
        List<MarkedText.Range> ranges = new ArrayList<>();
        int start = piece.range().offset();
        for (SourceMark mark : marks) {
            SourceLocation.TextRange range = (SourceLocation.TextRange) mark.location();
            int from = Math.max(0, range.offset() - start);
            // an empty place is shown as the character it stands before
            int to = Math.max(from + 1, range.end() - start);
            ranges.add(new MarkedText.Range(from, to, MarkStyles.of(mark), mark.tooltip(), mark));
        }
        piece.node().mark(ranges);
    }

    private static void markCell(MarkedText cell, List<SourceMark> marks) {
        List<String> classes = new ArrayList<>();
        marks.forEach(mark -> MarkStyles.of(mark).stream().filter(c -> !classes.contains(c)).forEach(classes::add));
        String tooltip = marks.stream().map(SourceMark::tooltip).filter(t -> t != null).findFirst().orElse(null);
        SourceMark clicked = marks.stream().filter(m -> m.finding() >= 0).findFirst().orElse(null);
        cell.markWhole(classes, tooltip, clicked);
    }
}
