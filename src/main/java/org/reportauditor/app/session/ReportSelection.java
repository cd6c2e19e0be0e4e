package org.reportauditor.app.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;

/**
 * What the user is looking at in the open report: one finding, and one table cell. The findings,
 * tables and source view-models share this object and follow each other through it.
 */
public final class ReportSelection {
    private final ObjectProperty<OpenedReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObjectProperty<Finding> finding = new SimpleObjectProperty<>(this, "finding");
    private final ObjectProperty<CellAddress> cell = new SimpleObjectProperty<>(this, "cell");

    private boolean switchingReport;

    public ReportSelection() {
        report.addListener((obs, old, now) -> {
            switchingReport = true;
            try {
                finding.set(null);
                cell.set(null);
            } finally {
                switchingReport = false;
            }
        });
    }

    /**
     * Whether the finding and the cell are being cleared because another report was opened: the
     * view-models redo everything for the new report right after, so they need not follow these.
     */
    public boolean switchingReport() {
        return switchingReport;
    }

    /** The report open in the window, {@code null} when none is. */
    public ObjectProperty<OpenedReport> reportProperty() {
        return report;
    }

    public ObjectProperty<Finding> findingProperty() {
        return finding;
    }

    /** The cell the user chose in a table, {@code null} when none is. */
    public ObjectProperty<CellAddress> cellProperty() {
        return cell;
    }
}
