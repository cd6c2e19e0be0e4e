package org.reportauditor.app.tables;

import java.util.Map;

import org.reportauditor.model.CellAddress;

/** A sheet and where each of the report's cells stands in it. */
record LaidOutTable(SheetLayout layout, Map<CellAddress, GridPosition> positions) {

    LaidOutTable {
        positions = Map.copyOf(positions);
    }
}
