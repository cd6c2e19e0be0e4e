package org.reportauditor.app.tables;

import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.reportauditor.template.layout.GridPosition;
import org.reportauditor.template.layout.LaidOutTable;
import org.reportauditor.template.layout.SheetLayout;
import org.reportauditor.model.Severity;

/**
 * One table of the open report as the tables view shows it: its layout, how its cells are marked,
 * and the cell to bring into view.
 */
public final class TableSheet {
    private final LaidOutTable table;
    private final boolean doubtful;
    private final ReadOnlyObjectWrapper<Map<GridPosition, CellMark>> marks = new ReadOnlyObjectWrapper<>(this,
            "marks", Map.of());
    private final ReadOnlyObjectWrapper<GridPosition> focus = new ReadOnlyObjectWrapper<>(this, "focus");

    /** @param doubtful whether the table was read with too little confidence to be taken as it stands */
    TableSheet(LaidOutTable table, boolean doubtful) {
        this.table = table;
        this.doubtful = doubtful;
    }

    public SheetLayout layout() {
        return table.layout();
    }

    /**
     * Whether its grid and labels matched the template so loosely (a table rebuilt from how its
     * text lines up, say) that a finding on it may be a misreading rather than an error of the
     * report: its figures are to be checked against the source.
     */
    public boolean doubtful() {
        return doubtful;
    }

    public ReadOnlyObjectProperty<Map<GridPosition, CellMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** The cell the selected finding is about, to select and scroll to; {@code null} for none. */
    public ReadOnlyObjectProperty<GridPosition> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** The worst severity among the findings on this table's cells, {@code null} when there are none. */
    public Severity worstSeverity() {
        return marks.get().values().stream().map(CellMark::fill).filter(s -> s != null).min(Enum::compareTo)
                .orElse(null);
    }

    LaidOutTable table() {
        return table;
    }

    void mark(Map<GridPosition, CellMark> newMarks) {
        marks.set(Map.copyOf(newMarks));
    }

    void focus(GridPosition position) {
        // cleared first, so that focusing the same cell again still scrolls to it
        focus.set(null);
        focus.set(position);
    }
}
