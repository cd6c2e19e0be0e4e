package org.reportauditor.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Severity;

class FindingsViewModelTest {
    private final ReportSelection selection = new ReportSelection();
    private final UiStrings strings = new UiStrings(Messages.chinese());
    private final FindingsViewModel model = new FindingsViewModel(selection, strings);

    private AuditResult result;

    @BeforeEach
    void openBeijing() {
        Path file = Fixtures.BEIJING_TEXT;
        result = Fixtures.auditor().audit(file);
        selection.reportProperty().set(new OpenedReport(file, "beijing.txt", result, null, true));
    }

    @Test
    void listsErrorsFirstWithTheirCounts() {
        assertThat(model.rows()).hasSize(result.findings().size());
        assertThat(model.rows().subList(0, 2)).extracting(FindingRow::severity).containsOnly(Severity.ERROR);
        assertThat(model.rows().subList(2, model.rows().size())).extracting(FindingRow::severity)
                .doesNotContain(Severity.ERROR);
        for (Severity severity : Severity.values()) {
            assertThat(model.countProperty(severity).get()).isEqualTo(result.count(severity));
        }
        assertThat(model.countProperty(Severity.ERROR).get()).isEqualTo(2);
        assertThat(model.rows()).extracting(FindingRow::status).containsOnly("待处理");
    }

    @Test
    void aSeverityCanBeHidden() {
        model.shownProperty(Severity.ERROR).set(false);
        assertThat(model.rows()).hasSize(result.findings().size() - 2).extracting(FindingRow::severity)
                .doesNotContain(Severity.ERROR);
        assertThat(model.countProperty(Severity.ERROR).get()).as("counts ignore the filters").isEqualTo(2);
    }

    @Test
    void selectingARowSelectsItsFindingForTheWindow() {
        model.selectedRowProperty().set(model.rows().get(1));
        assertThat(selection.findingProperty().get().suspects())
                .containsExactly(CellAddress.parse("applications/unavailable.not_held/total"));
    }

    @Test
    void nextAndPreviousGoRoundTheList() {
        model.selectNext();
        assertThat(model.selectedRowProperty().get()).isEqualTo(model.rows().get(0));
        model.selectPrevious();
        assertThat(model.selectedRowProperty().get()).isEqualTo(model.rows().get(model.rows().size() - 1));
        model.selectNext();
        assertThat(model.selectedRowProperty().get()).isEqualTo(model.rows().get(0));
    }

    @Test
    void choosingACellListsItsFindings() {
        selection.cellProperty().set(CellAddress.parse("applications/partially_disclosed/natural_person"));
        assertThat(model.rows()).hasSize(1).first().extracting(FindingRow::message).asString()
                .contains("部分公开 · 总计 印 78");
        assertThat(model.cellFilterProperty().get()).isEqualTo("单元格：部分公开 · 自然人");

        selection.cellProperty().set(CellAddress.parse("applications/disclosed/total"));
        assertThat(model.rows()).as("a cell of an equation that holds").isEmpty();

        model.clearCellFilter();
        assertThat(model.rows()).hasSize(result.findings().size());
        assertThat(model.cellFilterProperty().get()).isNull();
    }

    @Test
    void theMessagesFollowTheLanguage() {
        strings.setLanguage("en");
        assertThat(model.rows().get(0).message()).startsWith("Partially disclosed, Total");
        assertThat(model.rows().get(0).status()).isEqualTo("Open");
    }

    @Test
    void closingTheReportEmptiesTheList() {
        selection.reportProperty().set(null);
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty(Severity.ERROR).get()).isZero();
    }

    @Test
    void openingAnotherReportWithACellChosenListsOnlyTheNewReportsFindingsAndOnce() {
        selection.cellProperty().set(CellAddress.parse("applications/partially_disclosed/total"));
        List<List<FindingRow>> shown = new ArrayList<>();
        model.rows().addListener((ListChangeListener<FindingRow>) change -> shown.add(List.copyOf(model.rows())));

        Path other = Fixtures.REPORTS.resolve("seeds/000_e778331bfbf8b1ad.txt");
        AuditResult next = Fixtures.auditor().audit(other);
        selection.reportProperty().set(new OpenedReport(other, "000.txt", next, null, true));

        assertThat(shown).as("one new list, not first the old report's unfiltered one").hasSize(1);
        assertThat(shown.get(0)).hasSize(next.findings().size());
        assertThat(model.cellFilterProperty().get()).isNull();
    }
}
