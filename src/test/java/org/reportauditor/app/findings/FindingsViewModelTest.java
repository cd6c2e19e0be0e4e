package org.reportauditor.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.app.session.ReviewSession;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Decision;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;

class FindingsViewModelTest {
    private final ReportSelection selection = new ReportSelection();
    private final UiStrings strings = new UiStrings(Messages.chinese());
    /** The reviews saved, by report: what an audit file would hold. */
    private final Map<String, Review> saved = new HashMap<>();
    private final ReviewStore store = new ReviewStore() {
        @Override
        public Optional<Review> load(AuditResult report) {
            return Optional.ofNullable(saved.get(report.report().file()));
        }

        @Override
        public void save(AuditResult report, Review review) {
            saved.put(report.report().file(), review);
        }
    };
    private final ReviewSession review = new ReviewSession(selection, store, Fixtures.auditor()::review, Runnable::run,
            message -> { }, Clock.fixed(Instant.parse("2026-12-06T09:15:02Z"), ZoneOffset.UTC), "王敏");
    private final FindingsViewModel model = new FindingsViewModel(selection, strings, review);

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
        assertThat(model.rows()).extracting(FindingRow::statusName).containsOnly("待处理");
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
        assertThat(model.rows().get(0).statusName()).isEqualTo("Open");
    }

    @Test
    void aDecisionShowsInTheListAndTheProgressAndIsSaved() {
        int total = result.findings().size();
        assertThat(model.progressProperty().get()).isEqualTo(total + " 项中已审 0 项");
        model.selectNext();
        Finding first = selection.findingProperty().get();
        model.decideSelected(ReviewStatus.CONFIRMED);
        model.commentSelected("已与经办人核实");
        FindingRow row = model.selectedRowProperty().get();
        assertThat(row.status()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(row.statusName()).isEqualTo("已确认");
        assertThat(row.comment()).isEqualTo("已与经办人核实");
        assertThat(model.progressProperty().get()).isEqualTo(total + " 项中已审 1 项");
        Decision decision = saved.get(result.report().file()).decision(first.id()).orElseThrow();
        assertThat(decision.state().reviewer()).isEqualTo("王敏");
        assertThat(decision.state().time()).isEqualTo(Instant.parse("2026-12-06T09:15:02Z"));
        // the state before the comment was added is kept
        assertThat(decision.history()).extracting(ReviewState::status, ReviewState::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReviewStatus.CONFIRMED, ""));
    }

    @Test
    void everyDecisionCanBeUndoneAndRedone() {
        model.selectNext();
        model.decideSelected(ReviewStatus.DISMISSED);
        assertThat(model.selectedRowProperty().get().status()).isEqualTo(ReviewStatus.DISMISSED);
        review.undo();
        assertThat(model.selectedRowProperty().get().status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(saved.get(result.report().file()).decisions()).isEmpty();
        assertThat(review.canRedoProperty().get()).isTrue();
        review.redo();
        assertThat(model.selectedRowProperty().get().status()).isEqualTo(ReviewStatus.DISMISSED);
        assertThat(review.canRedoProperty().get()).isFalse();
    }

    @Test
    void theListCanBeLimitedToOneStatus() {
        model.selectNext();
        model.decideSelected(ReviewStatus.CONFIRMED);
        model.statusFilterProperty().set(ReviewStatus.CONFIRMED);
        assertThat(model.rows()).hasSize(1).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReviewStatus.CONFIRMED));
        model.statusFilterProperty().set(ReviewStatus.OPEN);
        assertThat(model.rows()).hasSize(result.findings().size() - 1);
    }

    @Test
    void aReportOpenedAgainHasItsDecisions() {
        model.selectNext();
        model.decideSelected(ReviewStatus.DISMISSED);
        selection.reportProperty().set(null);
        selection.reportProperty().set(new OpenedReport(Fixtures.BEIJING_TEXT, "beijing.txt", result, null, true));
        assertThat(model.rows()).filteredOn(r -> r.status() == ReviewStatus.DISMISSED).hasSize(1);
        assertThat(review.canUndoProperty().get()).isFalse();
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
