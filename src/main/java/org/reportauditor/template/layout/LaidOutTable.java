package org.reportauditor.template.layout;

import java.util.HashMap;
import java.util.Map;

import org.reportauditor.model.CellAddress;

/** A sheet and where each of the report's cells stands in it. */
public final class LaidOutTable {
    private final SheetLayout layout;
    private final Map<CellAddress, GridPosition> positions;
    /** The report cell at each place of the grid that one covers, merged places included. */
    private final Map<GridPosition, CellAddress> addresses = new HashMap<>();

    LaidOutTable(SheetLayout layout, Map<CellAddress, GridPosition> positions) {
        this.layout = layout;
        this.positions = Map.copyOf(positions);
        Map<GridPosition, CellAddress> atOrigin = new HashMap<>();
        positions.forEach((address, at) -> atOrigin.put(at, address));
        for (SheetCell cell : layout.cells()) {
            CellAddress address = atOrigin.get(cell.position());
            if (address == null) {
                continue;
            }
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    addresses.putIfAbsent(new GridPosition(r, c), address);
                }
            }
        }
    }

    public SheetLayout layout() {
        return layout;
    }

    public Map<CellAddress, GridPosition> positions() {
        return positions;
    }

    /** The report cell shown at that place of the grid, {@code null} at a header or label. */
    public CellAddress addressAt(GridPosition place) {
        return addresses.get(place);
    }
}
