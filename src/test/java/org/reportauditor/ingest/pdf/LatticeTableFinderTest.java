package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.horizontal;
import static org.reportauditor.ingest.pdf.Records.vertical;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatticeTableFinderTest {
    private static final double[] COLUMNS = {50, 150, 250, 350};
    private static final double[] ROWS = {100, 130, 160, 190};

    private static String spans(CellGrid grid) {
        StringBuilder out = new StringBuilder();
        for (CellGrid.GridCell cell : grid.cells()) {
            out.append(cell.row()).append(',').append(cell.col()).append(' ').append(cell.rowSpan()).append('x')
                    .append(cell.colSpan()).append(';');
        }
        return out.toString();
    }

    @Test
    void crossingLinesMakeAGrid() {
        List<CellGrid> grids = LatticeTableFinder.find(Records.grid(COLUMNS, ROWS));
        assertThat(grids).hasSize(1);
        CellGrid grid = grids.get(0);
        assertThat(grid.rowCount()).isEqualTo(3);
        assertThat(grid.columnCount()).isEqualTo(3);
        assertThat(grid.cells()).hasSize(9).allMatch(c -> c.rowSpan() == 1 && c.colSpan() == 1);
        assertThat(grid.cellAt(200, 170)).isEqualTo(7);
    }

    @Test
    void aMissingBorderBetweenSquaresMakesOneMergedCell() {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : ROWS) {
            rulings.add(horizontal(y, 50, 350));
        }
        rulings.add(vertical(50, 100, 190));
        rulings.add(vertical(350, 100, 190));
        // no line between columns 0 and 1 in the first row: a header spanning two columns
        rulings.add(vertical(150, 130, 190));
        // no line between rows 1 and 2 in the last column: a cell spanning two rows
        rulings.set(2, horizontal(160, 50, 250));
        rulings.add(vertical(250, 100, 190));
        CellGrid grid = LatticeTableFinder.find(rulings).get(0);
        assertThat(spans(grid)).isEqualTo("0,0 1x2;0,2 1x1;1,0 1x1;1,1 1x1;1,2 2x1;2,0 1x1;2,1 1x1;");
        assertThat(grid.cells().get(4).box().height()).isEqualTo(60);
    }

    @Test
    void bordersDrawnCellByCellAreOneLine() {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : ROWS) {
            for (int c = 0; c + 1 < COLUMNS.length; c++) {
                rulings.add(horizontal(y + (c % 2) * 0.4, COLUMNS[c], COLUMNS[c + 1]));
            }
        }
        for (double x : COLUMNS) {
            for (int r = 0; r + 1 < ROWS.length; r++) {
                rulings.add(vertical(x, ROWS[r], ROWS[r + 1] - 0.5));
            }
        }
        CellGrid grid = LatticeTableFinder.find(rulings).get(0);
        assertThat(grid.cells()).hasSize(9);
    }

    @Test
    void aTableWithoutOuterVerticalLinesKeepsItsOuterColumns() {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : ROWS) {
            rulings.add(horizontal(y, 50, 350));
        }
        rulings.add(vertical(150, 100, 190));
        rulings.add(vertical(250, 100, 190));
        CellGrid grid = LatticeTableFinder.find(rulings).get(0);
        assertThat(grid.columnCount()).isEqualTo(3);
        assertThat(grid.columnEdges()).containsExactly(50.0, 150.0, 250.0, 350.0);
    }

    @Test
    void aFrameAroundTextIsNoTableAndSeparateTablesStaySeparate() {
        List<Ruling> frame = Records.grid(new double[] {50, 500}, new double[] {100, 300});
        assertThat(LatticeTableFinder.find(frame)).isEmpty();
        List<Ruling> two = new ArrayList<>(Records.grid(COLUMNS, ROWS));
        two.addAll(Records.grid(COLUMNS, new double[] {400, 430, 460}));
        assertThat(LatticeTableFinder.find(two)).hasSize(2).extracting(CellGrid::rowCount).containsExactly(3, 2);
    }
}
