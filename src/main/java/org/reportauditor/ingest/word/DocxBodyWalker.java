package org.reportauditor.ingest.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportauditor.ingest.TextAccumulator;
import org.w3c.dom.Element;

/**
 * Reads the body of a .docx in document order into paragraphs and tables (the text of each
 * paragraph as {@link DocxParagraphText} reads it).
 *
 * <p>A table that holds another table is taken as layout (a frame around the report): its cells
 * are read as prose and the inner tables as tables of their own.
 */
final class DocxBodyWalker {
    /** Word allows 63 columns; a larger span or column is a damaged file. */
    private static final int MAX_COLUMNS = 1000;

    private final DocxParagraphText paragraphText;
    private final TextAccumulator out;
    private final LostParts lost;

    DocxBodyWalker(DocxParagraphText paragraphText, TextAccumulator out, LostParts lost) {
        this.paragraphText = paragraphText;
        this.out = out;
        this.lost = lost;
    }

    /** Reads block content (a body, a cell of a layout table, a content control) into the output. */
    void blocks(Element container, int depth) {
        if (lost.tooDeep(depth)) {
            return;
        }
        for (Element child : WordXml.children(container)) {
            if (WordXml.is(child, "p")) {
                out.paragraphs(paragraphText.text(child));
            } else if (WordXml.is(child, "tbl")) {
                table(child, depth + 1);
            } else if (WordXml.is(child, "sdt")) {
                WordXml.child(child, "sdtContent").ifPresent(content -> blocks(content, depth + 1));
            } else if (WordXml.is(child, "customXml")) {
                blocks(child, depth + 1);
            }
        }
    }

    private void table(Element table, int depth) {
        if (lost.tooDeep(depth)) {
            return;
        }
        List<Element> rows = new ArrayList<>();
        collect(table, "tr", rows, depth);
        if (containsTable(table)) {
            for (Element row : rows) {
                for (Element cell : cellsOf(row, depth)) {
                    blocks(cell, depth + 1);
                }
            }
            return;
        }
        int[] columnWidths = columnWidths(table);
        WordTableGrid grid = new WordTableGrid();
        for (Element row : rows) {
            grid.addRow(storedCells(row, columnWidths, depth));
        }
        if (!grid.isEmpty()) {
            grid.writeTo(out);
        }
    }

    private List<WordTableGrid.StoredCell> storedCells(Element row, int[] columnWidths, int depth) {
        Element rowProperties = WordXml.child(row, "trPr").orElse(null);
        int col = skippedColumns(rowProperties, columnWidths);
        List<WordTableGrid.StoredCell> cells = new ArrayList<>();
        for (Element cell : cellsOf(row, depth)) {
            if (col >= MAX_COLUMNS) {
                break;
            }
            Element properties = WordXml.child(cell, "tcPr").orElse(null);
            int span = WordXml.child(properties, "gridSpan")
                    .map(element -> Math.max(1, Math.min(MAX_COLUMNS, WordXml.intAttribute(element, "val", 1))))
                    .orElse(1);
            WordTableGrid.VerticalMerge vertical = WordXml.child(properties, "vMerge")
                    .map(element -> "restart".equals(WordXml.val(element))
                            ? WordTableGrid.VerticalMerge.RESTART : WordTableGrid.VerticalMerge.CONTINUE)
                    .orElse(WordTableGrid.VerticalMerge.NONE);
            boolean continuesLeft = WordXml.child(properties, "hMerge")
                    .map(element -> !"restart".equals(WordXml.val(element))).orElse(false);
            cells.add(new WordTableGrid.StoredCell(cellText(cell, depth), col, span, vertical, continuesLeft));
            col += span;
        }
        return cells;
    }

    /**
     * The grid columns a row leaves out before its first cell: {@code w:gridBefore}, or, when a
     * writer gave only the width ({@code w:wBefore}), the columns that width covers.
     */
    private static int skippedColumns(Element rowProperties, int[] columnWidths) {
        Optional<Element> gridBefore = WordXml.child(rowProperties, "gridBefore");
        if (gridBefore.isPresent()) {
            return Math.max(0, Math.min(MAX_COLUMNS, WordXml.intAttribute(gridBefore.get(), "val", 0)));
        }
        Optional<Element> widthBefore = WordXml.child(rowProperties, "wBefore")
                .filter(element -> "dxa".equals(WordXml.attribute(element, "type")));
        if (widthBefore.isEmpty()) {
            return 0;
        }
        int width = WordXml.intAttribute(widthBefore.get(), "w", 0);
        int columns = 0;
        int covered = 0;
        while (columns < columnWidths.length && covered + columnWidths[columns] / 2 < width) {
            covered += columnWidths[columns];
            columns++;
        }
        return columns;
    }

    private static int[] columnWidths(Element table) {
        return WordXml.child(table, "tblGrid").map(grid -> WordXml.children(grid).stream()
                .filter(column -> WordXml.is(column, "gridCol"))
                .mapToInt(column -> Math.max(0, WordXml.intAttribute(column, "w", 0)))
                .limit(MAX_COLUMNS).toArray()).orElse(new int[0]);
    }

    private List<Element> cellsOf(Element row, int depth) {
        List<Element> cells = new ArrayList<>();
        collect(row, "tc", cells, depth);
        return cells;
    }

    /** Collects the children named {@code localName}, also those wrapped in content controls or custom XML. */
    private void collect(Element parent, String localName, List<Element> found, int depth) {
        if (lost.tooDeep(depth)) {
            return;
        }
        for (Element child : WordXml.children(parent)) {
            if (WordXml.is(child, localName)) {
                found.add(child);
            } else if (WordXml.is(child, "sdt")) {
                WordXml.child(child, "sdtContent").ifPresent(content -> collect(content, localName, found, depth + 1));
            } else if (WordXml.is(child, "customXml")) {
                collect(child, localName, found, depth + 1);
            }
        }
    }

    private static boolean containsTable(Element table) {
        return table.getElementsByTagNameNS(table.getNamespaceURI(), "tbl").getLength() > 0;
    }

    /** A cell's text: its paragraphs, one per line. */
    private String cellText(Element cell, int depth) {
        List<Element> paragraphs = new ArrayList<>();
        collect(cell, "p", paragraphs, depth);
        StringBuilder text = new StringBuilder();
        for (Element paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(paragraphText.text(paragraph));
        }
        return text.toString();
    }
}
