package org.reportauditor.app.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.reportauditor.template.layout.GridPosition;
import org.reportauditor.template.layout.TableLayouts;
import org.reportauditor.template.layout.TemplateLabels;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.FindingTargets;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.app.session.ShownReview;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.template.TableSpec;
import org.reportauditor.template.Template;

/**
 * The tables of sections 二, 三 and 四 of the open report, laid out like the template of its
 * version, with the cells that findings concern marked. Choosing a cell selects it for the window.
 */
public final class TablesViewModel {
    /**
     * Below this confidence a table is marked as needing a human look: a ruled or Word/HTML table
     * read cleanly has 1, one rebuilt from text alignment about 0.5 to 0.6.
     */
    static final double CONFIDENT = 0.8;

    private final ReportSelection selection;
    private final UiStrings strings;
    private final ObservableList<TableSheet> sheets = FXCollections.observableArrayList();
    private final IntegerProperty shownSheet = new SimpleIntegerProperty(this, "shownSheet");

    private final ReadOnlyObjectProperty<ReviewedResult> reviewed;

    /** @param reviewed the open report as reviewed: its findings' statuses and the corrections are marked */
    public TablesViewModel(ReportSelection selection, UiStrings strings, ReadOnlyObjectProperty<ReviewedResult> reviewed) {
        this.selection = selection;
        this.strings = strings;
        this.reviewed = reviewed;
        reviewed.addListener((obs, old, now) -> mark());
        selection.reportProperty().addListener((obs, old, now) -> rebuild());
        strings.messagesProperty().addListener((obs, old, now) -> rebuild());
        selection.findingProperty().addListener((obs, old, now) -> {
            if (!selection.switchingReport()) {
                mark();
                focus(now);
            }
        });
    }

    public ObservableList<TableSheet> sheets() {
        return sheets;
    }

    /** The index of the sheet to show. */
    public IntegerProperty shownSheetProperty() {
        return shownSheet;
    }

    /** Chooses a report cell as if clicked in its sheet ({@code null}: none), and brings it into view. */
    public void selectCell(CellAddress cell) {
        selection.cellProperty().set(cell);
        if (cell != null) {
            show(cell);
        }
    }

    /** The user chose a cell of a sheet (any place a merged cell covers); a header or label chooses none. */
    public void choose(TableSheet sheet, GridPosition position) {
        selection.cellProperty().set(position == null ? null : sheet.table().addressAt(position));
    }

    private void rebuild() {
        OpenedReport opened = selection.reportProperty().get();
        if (opened == null) {
            sheets.clear();
            return;
        }
        Report report = opened.result().report();
        TemplateLabels labels = new TemplateLabels(strings.isEnglish());
        List<TableSheet> built = new ArrayList<>();
        for (TableSpec spec : Template.of(report.expectedVersion()).tables()) {
            ReportTable table = report.table(spec.id()).orElse(null);
            built.add(new TableSheet(TableLayouts.of(spec, table, labels, strings.get("tables.contentHeader")),
                    table != null && table.confidence() < CONFIDENT));
        }
        sheets.setAll(built);
        mark();
        focus(selection.findingProperty().get());
    }

    private void mark() {
        ShownReview shown = ShownReview.of(selection.reportProperty().get(), reviewed.get());
        List<ReviewedFinding> findings = shown.findings();
        Map<CellAddress, Correction> corrections = new HashMap<>();
        shown.corrections().forEach(c -> corrections.put(c.cell(), c));
        Finding selected = selection.findingProperty().get();
        String selectedId = selected == null ? null : selected.id();
        List<String> messages = findings.stream().map(f -> strings.format(f.finding().message())).toList();
        for (TableSheet sheet : sheets) {
            Map<CellAddress, GridPosition> positions = sheet.table().positions();
            Map<GridPosition, MarkDraft> drafts = new HashMap<>();
            for (int i = 0; i < findings.size(); i++) {
                ReviewedFinding reviewedFinding = findings.get(i);
                Finding finding = reviewedFinding.finding();
                for (CellAddress cell : FindingTargets.marked(finding)) {
                    GridPosition at = positions.get(cell);
                    if (at != null) {
                        drafts.computeIfAbsent(at, p -> new MarkDraft()).suspectedBy(reviewedFinding,
                                finding.id().equals(selectedId), strings.get("tables.markReason",
                                        strings.get("finding.status." + reviewedFinding.status().id()),
                                        messages.get(i)));
                    }
                }
            }
            if (selected != null) {
                for (CellAddress cell : selected.cells()) {
                    GridPosition at = positions.get(cell);
                    if (at != null) {
                        drafts.computeIfAbsent(at, p -> new MarkDraft()).outlined = true;
                    }
                }
            }
            corrections.forEach((cell, correction) -> {
                GridPosition at = positions.get(cell);
                if (at != null) {
                    drafts.computeIfAbsent(at, p -> new MarkDraft()).corrected(correction, strings);
                }
            });
            Map<GridPosition, CellMark> marks = new HashMap<>();
            drafts.forEach((at, draft) -> marks.put(at, draft.mark()));
            sheet.mark(marks);
        }
    }

    /** A cell's mark while the findings are gone through. */
    private static final class MarkDraft {
        private Severity fill;
        private boolean outlined;
        private boolean selected;
        private ReviewStatus status;
        private String corrected;
        private String reading;
        private final List<String> reasons = new ArrayList<>();

        void suspectedBy(ReviewedFinding finding, boolean isSelected, String reason) {
            Severity severity = finding.finding().severity();
            if (finding.status() != ReviewStatus.DISMISSED && (fill == null || severity.compareTo(fill) < 0)) {
                fill = severity;
            }
            status = status == null ? finding.status() : Collections.min(List.of(status, finding.status()),
                    MarkDraft::urgency);
            selected |= isSelected;
            reasons.add(reason);
        }

        /** Open before confirmed before dismissed: a cell shows what still needs the auditor. */
        private static int urgency(ReviewStatus a, ReviewStatus b) {
            List<ReviewStatus> order = List.of(ReviewStatus.OPEN, ReviewStatus.CONFIRMED, ReviewStatus.DISMISSED);
            return Integer.compare(order.indexOf(a), order.indexOf(b));
        }

        void corrected(Correction correction, UiStrings strings) {
            corrected = correction.value().toPlainString();
            reading = correction.printed();
            reasons.add(0, strings.get("tables.corrected", reading, corrected,
                    correction.note() == null ? "" : correction.note()));
        }

        CellMark mark() {
            return new CellMark(fill, outlined, selected, reasons.isEmpty() ? null : String.join("\n", reasons),
                    status, corrected, reading);
        }
    }

    private void focus(Finding finding) {
        if (finding == null) {
            return;
        }
        for (CellAddress cell : FindingTargets.marked(finding)) {
            if (show(cell)) {
                return;
            }
        }
    }

    /** Shows the sheet holding the cell, scrolled to it; false when no sheet does. */
    private boolean show(CellAddress cell) {
        for (int i = 0; i < sheets.size(); i++) {
            GridPosition at = sheets.get(i).table().positions().get(cell);
            if (at != null) {
                shownSheet.set(i);
                sheets.get(i).focus(at);
                return true;
            }
        }
        return false;
    }
}
