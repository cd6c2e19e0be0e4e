package org.reportauditor.ingest.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportauditor.ingest.TextAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * Reads the body of a .docx in document order into paragraphs and tables: the text a reader of
 * the document sees, with the list labels Word generates, without hidden text, deleted revisions,
 * field instructions or anything else that is markup rather than text.
 *
 * <p>A table that holds another table is taken as layout (a frame around the report): its cells
 * are read as prose and the inner tables as tables of their own.
 */
final class DocxBodyWalker {
    private static final Logger LOG = LoggerFactory.getLogger(DocxBodyWalker.class);
    /** Content controls, layout tables and the like nest a few levels; more only in broken files. */
    private static final int MAX_DEPTH = 24;
    /** Word allows 63 columns; a larger span or column is a damaged file. */
    private static final int MAX_COLUMNS = 1000;

    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final TextAccumulator out;
    private final ListCounters counters = new ListCounters();
    private final FieldNesting fields = new FieldNesting();

    DocxBodyWalker(DocxStyles styles, DocxNumbering numbering, TextAccumulator out) {
        this.styles = styles;
        this.numbering = numbering;
        this.out = out;
    }

    /** Reads block content (a body, a cell of a layout table, a content control) into the output. */
    void blocks(Element container, int depth) {
        if (depth > MAX_DEPTH) {
            LOG.debug("Content nested deeper than {} levels skipped", MAX_DEPTH);
            return;
        }
        for (Element child : WordXml.children(container)) {
            if (WordXml.is(child, "p")) {
                out.paragraphs(paragraphText(child));
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
        if (depth > MAX_DEPTH) {
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
    private static void collect(Element parent, String localName, List<Element> found, int depth) {
        if (depth > MAX_DEPTH) {
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
            text.append(paragraphText(paragraph));
        }
        return text.toString();
    }

    /** A paragraph's visible text, its list label first. */
    private String paragraphText(Element paragraph) {
        Element properties = WordXml.child(paragraph, "pPr").orElse(null);
        String styleId = styles.paragraphStyle(WordXml.path(properties, "pStyle").map(WordXml::val).orElse(null));
        StringBuilder text = new StringBuilder(listLabel(properties, styleId));
        inline(paragraph, styleId, text, 0);
        return text.toString();
    }

    private String listLabel(Element properties, String styleId) {
        Optional<Element> direct = WordXml.child(properties, "numPr");
        Optional<DocxStyles.NumberingRef> fromStyle = styles.numbering(styleId);
        String numId = direct.flatMap(numPr -> WordXml.child(numPr, "numId")).map(WordXml::val)
                .or(() -> fromStyle.map(DocxStyles.NumberingRef::numId)).orElse(null);
        int level = direct.flatMap(numPr -> WordXml.child(numPr, "ilvl"))
                .map(element -> WordXml.intAttribute(element, "val", 0))
                .or(() -> fromStyle.map(DocxStyles.NumberingRef::level))
                .orElse(0);
        return numbering.instance(numId).map(list -> counters.next(list, level)).orElse("");
    }

    /** Reads the runs of a paragraph, and of the hyperlinks, insertions, content controls... around them. */
    private void inline(Element parent, String styleId, StringBuilder text, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element child : WordXml.children(parent)) {
            if (!WordXml.isWordNamespace(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "r" -> run(child, styleId, text);
                case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo" ->
                        inline(child, styleId, text, depth + 1);
                case "sdt" -> WordXml.child(child, "sdtContent")
                        .ifPresent(content -> inline(content, styleId, text, depth + 1));
                default -> {
                    // deletions, bookmarks, comments, proofing marks, properties: no text
                }
            }
        }
    }

    private void run(Element run, String styleId, StringBuilder text) {
        boolean hidden = styles.isHidden(WordXml.child(run, "rPr").orElse(null), styleId);
        for (Element child : WordXml.children(run)) {
            if (!WordXml.isWordNamespace(child.getNamespaceURI())) {
                continue;
            }
            String name = child.getLocalName();
            if (name.equals("fldChar")) {
                fieldChar(WordXml.attribute(child, "fldCharType"));
                continue;
            }
            if (hidden || !fields.showsText()) {
                continue;
            }
            switch (name) {
                case "t" -> text.append(child.getTextContent());
                case "tab", "ptab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                default -> {
                    // field instructions, deleted text, drawings, symbols, note references: no text
                }
            }
        }
    }

    private void fieldChar(String type) {
        if ("begin".equals(type)) {
            fields.begin();
        } else if ("separate".equals(type)) {
            fields.separate();
        } else if ("end".equals(type)) {
            fields.end();
        }
    }
}
