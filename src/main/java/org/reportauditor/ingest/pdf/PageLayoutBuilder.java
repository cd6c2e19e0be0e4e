package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * Lays out one page: turns it upright, rebuilds its ruled tables and fills their cells with the glyphs
 * printed inside them, and groups the other glyphs into lines. Only these plain results are kept of
 * a page, so that long documents fit in little memory.
 */
final class PageLayoutBuilder {
    private PageLayoutBuilder() {
    }

    static PageLayout layout(PageContent content) {
        PageFrame frame = PageFrame.of(content);
        List<Glyph> glyphs = frame.toUpright(content.glyphs());
        List<Ruling> rulings = content.rulings().stream().map(r -> r.inFrame(frame)).toList();
        boolean[] inTable = new boolean[glyphs.size()];
        List<TableFragment> tables = new ArrayList<>();
        for (CellGrid grid : LatticeTableFinder.find(rulings)) {
            tables.add(fill(grid, glyphs, inTable, content.page(), frame));
        }
        List<Glyph> free = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            // text turned against the page's own (a label printed sideways) reads only inside a cell
            if (!inTable[i] && glyphs.get(i).direction() == TextDirection.LEFT_TO_RIGHT) {
                free.add(glyphs.get(i));
            }
        }
        return new PageLayout(content.page(), frame, tables, LineBuilder.lines(free));
    }

    /**
     * The text of a cell, read in the direction its glyphs run: a label turned sideways in a narrow
     * cell reads along its glyphs, bottom to top when it is turned counter-clockwise.
     */
    private static String cellText(List<Glyph> glyphs, PageFrame frame) {
        TextDirection direction = PageFrame.dominantDirection(glyphs);
        if (direction == TextDirection.LEFT_TO_RIGHT) {
            return LineBuilder.cellText(glyphs);
        }
        PageFrame turned = new PageFrame(direction, frame.uprightWidth(), frame.uprightHeight());
        return LineBuilder.cellText(turned.toUpright(glyphs));
    }

    private static TableFragment fill(CellGrid grid, List<Glyph> glyphs, boolean[] inTable, int page,
            PageFrame frame) {
        List<List<Glyph>> cellGlyphs = new ArrayList<>();
        for (int i = 0; i < grid.cells().size(); i++) {
            cellGlyphs.add(new ArrayList<>());
        }
        for (int i = 0; i < glyphs.size(); i++) {
            Box box = glyphs.get(i).box();
            int cell = grid.cellAt(box.centerX(), box.centerY());
            if (cell >= 0) {
                cellGlyphs.get(cell).add(glyphs.get(i));
                inTable[i] = true;
            }
        }
        List<TableFragment.FragmentCell> cells = new ArrayList<>();
        for (int i = 0; i < grid.cells().size(); i++) {
            CellGrid.GridCell cell = grid.cells().get(i);
            List<Glyph> inside = cellGlyphs.get(i);
            // the ruled rectangle, grown to any ink that pokes past its lines
            Box box = inside.isEmpty() ? cell.box() : cell.box().union(LineBuilder.bounds(inside));
            cells.add(new TableFragment.FragmentCell(cellText(inside, frame), cell.row(), cell.col(),
                    cell.rowSpan(), cell.colSpan(), page, frame.toDisplay(box)));
        }
        Box bounds = grid.bounds();
        List<ColumnEdge> edges = grid.columnEdges().stream().map(ColumnEdge::at).toList();
        return new TableFragment(cells, grid.rowCount(), edges, true, page, frame.toDisplay(bounds), page, bounds);
    }
}
