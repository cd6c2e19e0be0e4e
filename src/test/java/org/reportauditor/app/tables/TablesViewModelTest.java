package org.reportauditor.app.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.template.layout.GridPosition;
import org.reportauditor.template.layout.SheetCell;
import org.reportauditor.template.layout.SheetCellKind;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;

class TablesViewModelTest {
    private final ReportSelection selection = new ReportSelection();
    private final TablesViewModel model = new TablesViewModel(selection, new UiStrings(Messages.chinese()),
            new javafx.beans.property.SimpleObjectProperty<>());

    private void open(Path file, AuditResult result) {
        selection.reportProperty().set(new OpenedReport(file, String.valueOf(file.getFileName()), result, null, true));
    }

    /**
     * The Beijing report as the engine reads it, with the confidence of each table (art20,
     * applications, reviews) replaced by the one given.
     */
    static AuditResult beijingWithConfidence(double... confidences) {
        AuditResult result = Fixtures.auditor().audit(Fixtures.BEIJING_TEXT);
        Report report = result.report();
        List<ReportTable> tables = new ArrayList<>();
        for (int i = 0; i < report.tables().size(); i++) {
            ReportTable t = report.tables().get(i);
            tables.add(new ReportTable(t.id(), t.version(), t.rows(), confidences[i]));
        }
        Report changed = report.withTables(tables);
        return new AuditResult(changed, result.findings(), result.document());
    }

    @Test
    void aTableReadWithLittleConfidenceIsDoubtfulAndOneReadCleanlyIsNot() {
        open(Fixtures.BEIJING_TEXT, beijingWithConfidence(1.0, 0.55, 0.9));

        assertThat(model.sheets()).extracting(TableSheet::doubtful).containsExactly(false, true, false);
    }

    @Test
    void everyTableOfTextLaidOutWithSpacesIsDoubtful() {
        Path layout = Fixtures.REPORTS.resolve("layout/003_4fb9745642b3cd23.layout.txt");
        AuditResult result = Fixtures.auditor().audit(layout);
        open(layout, result);

        assertThat(result.report().tables()).hasSize(3);
        assertThat(model.sheets()).hasSize(3).allMatch(TableSheet::doubtful);
    }

    @Test
    void aTableTheReportLacksIsNotDoubtedButShownEmpty() {
        AuditResult result = Fixtures.auditor().audit(Fixtures.BEIJING_TEXT);
        Report report = result.report();
        Report withoutReviews = report.withTables(
                report.tables().stream().filter(t -> !t.id().equals("reviews")).toList());
        open(Fixtures.BEIJING_TEXT, new AuditResult(withoutReviews, result.findings(), result.document()));

        assertThat(model.sheets()).hasSize(3);
        assertThat(model.sheets().get(2).doubtful()).isFalse();
    }

    @Test
    void choosingAValueSelectsItsCellAndChoosingALabelSelectsNone() {
        open(Fixtures.BEIJING_TEXT, Fixtures.auditor().audit(Fixtures.BEIJING_TEXT));
        TableSheet applications = model.sheets().get(1);
        CellAddress total = CellAddress.parse("applications/partially_disclosed/total");

        model.choose(applications, applications.table().positions().get(total));
        assertThat(selection.cellProperty().get()).isEqualTo(total);

        model.choose(applications, null);
        assertThat(selection.cellProperty().get()).isNull();
    }

    @Test
    void choosingAnyPlaceAMergedValueCoversSelectsThatValue() {
        open(Fixtures.BEIJING_TEXT, Fixtures.auditor().audit(Fixtures.BEIJING_TEXT));
        TableSheet art20 = model.sheets().get(0);
        SheetCell merged = art20.layout().cells().stream()
                .filter(c -> c.kind() == SheetCellKind.VALUE && c.columnSpan() > 1).findFirst().orElseThrow();
        CellAddress address = art20.table().positions().entrySet().stream()
                .filter(e -> e.getValue().equals(merged.position())).map(e -> e.getKey()).findFirst().orElseThrow();

        model.choose(art20, new GridPosition(merged.row(), merged.column() + merged.columnSpan() - 1));
        assertThat(selection.cellProperty().get()).isEqualTo(address);

        SheetCell label = art20.layout().cells().stream().filter(c -> c.kind() == SheetCellKind.LABEL).findFirst()
                .orElseThrow();
        model.choose(art20, label.position());
        assertThat(selection.cellProperty().get()).as("a label chooses none").isNull();
    }

    @Test
    void openingAnotherReportMarksOnlyItsOwnSheetsAndThemOnce() {
        open(Fixtures.BEIJING_TEXT, Fixtures.auditor().audit(Fixtures.BEIJING_TEXT));
        selection.findingProperty().set(selection.reportProperty().get().result().findings().get(0));
        List<TableSheet> before = List.copyOf(model.sheets());
        List<Object> marksBefore = before.stream().map(sheet -> (Object) sheet.marksProperty().get()).toList();
        List<Integer> markings = new ArrayList<>();
        before.forEach(sheet -> sheet.marksProperty().addListener((obs, old, now) -> markings.add(-1)));

        Path other = Fixtures.REPORTS.resolve("seeds/000_e778331bfbf8b1ad.txt");
        AuditResult result = Fixtures.auditor().audit(other);
        open(other, result);

        // the sheets of the report that was open are left as they were, not marked with the new findings
        assertThat(markings).isEmpty();
        assertThat(before.stream().map(sheet -> (Object) sheet.marksProperty().get()).toList()).isEqualTo(marksBefore);
        assertThat(model.sheets()).doesNotContainAnyElementsOf(before);
        assertThat(selection.findingProperty().get()).isNull();
        assertThat(model.sheets().stream().mapToInt(sheet -> sheet.marksProperty().get().size()).sum())
                .as("the new report's findings are marked on its sheets").isPositive();
    }
}
