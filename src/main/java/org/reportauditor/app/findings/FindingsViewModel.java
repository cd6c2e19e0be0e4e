package org.reportauditor.app.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.FindingTargets;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.app.session.ReviewSession;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.template.CellNames;

/**
 * The findings of the open report as a list to show: errors first, filtered by severity and, when
 * the user chose a table cell, by that cell. Selecting a row selects its finding for the whole window.
 */
public final class FindingsViewModel {
    private final ReportSelection selection;
    private final UiStrings strings;

    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FindingRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final Map<Severity, BooleanProperty> shown = new EnumMap<>(Severity.class);
    private final Map<Severity, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Severity.class);
    private final ReadOnlyStringWrapper cellFilter = new ReadOnlyStringWrapper(this, "cellFilter");

    private final ReviewSession review;
    /** Only findings of this status are listed; {@code null}: all. */
    private final ObjectProperty<ReviewStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");

    /** The report's findings in list order; a row's number is its index here. */
    private List<Finding> findings = List.of();

    public FindingsViewModel(ReportSelection selection, UiStrings strings, ReviewSession review) {
        this.selection = selection;
        this.strings = strings;
        this.review = review;
        // the review follows the open report: a new report's list is built once, when its review is in
        // (a correction changes the findings themselves, a decision their statuses: both relist)
        review.reviewedProperty().addListener((obs, old, now) -> load(selection.reportProperty().get()));
        statusFilter.addListener((obs, old, now) -> refresh());
        for (Severity severity : Severity.values()) {
            BooleanProperty show = new SimpleBooleanProperty(this, "show" + severity, true);
            show.addListener((obs, old, now) -> refresh());
            shown.put(severity, show);
            counts.put(severity, new ReadOnlyIntegerWrapper(this, severity.id() + "Count"));
        }
        selection.cellProperty().addListener((obs, old, now) -> {
            if (!selection.switchingReport()) {
                refresh();
            }
        });
        strings.messagesProperty().addListener((obs, old, now) -> refresh());
        selection.findingProperty().addListener((obs, old, now) -> selectedRow.set(rowOf(now)));
        selectedRow.addListener((obs, old, now) -> {
            if (now != null) {
                selection.findingProperty().set(findings.get(now.number()));
            }
        });
    }

    /** The listed findings limited to one review status, {@code null} for all. */
    public ObjectProperty<ReviewStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** How far the review has come: "12 项中已审 7 项". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Gives the selected finding that status, keeping its comment; the list then moves on to the next. */
    public void decideSelected(ReviewStatus status) {
        Finding finding = selection.findingProperty().get();
        if (finding != null) {
            review.decide(finding, status, review.commentOf(finding));
        }
    }

    /** Sets the comment of the selected finding, keeping its status. */
    public void commentSelected(String comment) {
        Finding finding = selection.findingProperty().get();
        if (finding != null && !comment.equals(review.commentOf(finding))) {
            review.decide(finding, review.statusOf(finding), comment);
        }
    }

    /** The comment on the selected finding, empty where none or nothing is selected. */
    public String selectedComment() {
        Finding finding = selection.findingProperty().get();
        return finding == null ? "" : review.commentOf(finding);
    }

    /** The rows that pass the filters. */
    public ObservableList<FindingRow> rows() {
        return rows;
    }

    public ObjectProperty<FindingRow> selectedRowProperty() {
        return selectedRow;
    }

    /** Whether findings of that severity are listed. */
    public BooleanProperty shownProperty(Severity severity) {
        return shown.get(severity);
    }

    /** How many findings of that severity the report has, whatever the filters. */
    public ReadOnlyIntegerProperty countProperty(Severity severity) {
        return counts.get(severity).getReadOnlyProperty();
    }

    /** The name of the cell the list is limited to, {@code null} when it is not. */
    public ReadOnlyStringProperty cellFilterProperty() {
        return cellFilter.getReadOnlyProperty();
    }

    public void clearCellFilter() {
        selection.cellProperty().set(null);
    }

    /** Selects the finding with that id, if the report has it ({@code null}, or none: nothing changes). */
    public void select(String findingId) {
        findings.stream().filter(f -> f.id().equals(findingId)).findFirst()
                .ifPresent(f -> selection.findingProperty().set(f));
    }

    /** Selects the next listed finding after the selected one, from the top after the last. */
    public void selectNext() {
        step(1);
    }

    public void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        if (rows.isEmpty()) {
            return;
        }
        int at = rows.indexOf(selectedRow.get());
        int next = at < 0 ? (direction > 0 ? 0 : rows.size() - 1) : Math.floorMod(at + direction, rows.size());
        selectedRow.set(rows.get(next));
    }

    private void load(OpenedReport report) {
        // the findings on the corrected values, the auditor's own among them
        ReviewedResult reviewed = review.reviewedProperty().get();
        List<Finding> sorted = new ArrayList<>();
        if (report != null && reviewed != null) {
            reviewed.findings().forEach(f -> sorted.add(f.finding()));
        }
        // stable: within a severity the engine's order (table by table, row by row) is kept
        sorted.sort(Comparator.comparing(Finding::severity));
        findings = List.copyOf(sorted);
        for (Severity severity : Severity.values()) {
            counts.get(severity).set((int) sorted.stream().filter(f -> f.severity() == severity).count());
        }
        refresh();
    }

    private void refresh() {
        CellAddress cell = selection.cellProperty().get();
        cellFilter.set(cell == null ? null : strings.get("findings.cellFilter", CellNames.cell(cell)));
        List<FindingRow> visible = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            ReviewStatus status = review.statusOf(finding);
            if (shown.get(finding.severity()).get() && (cell == null || FindingTargets.concerns(finding, cell))
                    && (statusFilter.get() == null || statusFilter.get() == status)) {
                visible.add(row(i, finding));
            }
        }
        rows.setAll(visible);
        selectedRow.set(rowOf(selection.findingProperty().get()));
        long decided = findings.stream().filter(f -> review.statusOf(f) != ReviewStatus.OPEN).count();
        progress.set(findings.isEmpty() ? "" : strings.get("findings.progress", findings.size(), decided));
    }

    private FindingRow row(int number, Finding finding) {
        ReviewStatus status = review.statusOf(finding);
        return new FindingRow(number, finding.severity(), finding.rule(), strings.format(finding.message()),
                status, strings.get("finding.status." + status.id()), review.commentOf(finding));
    }

    private FindingRow rowOf(Finding finding) {
        for (FindingRow row : rows) {
            if (findings.get(row.number()) == finding) {
                return row;
            }
        }
        return null;
    }
}
