package org.reportauditor.check.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.testing.ReportBuilder;
import org.reportauditor.template.Template;

class ArithmeticCheckTest {
    private final ArithmeticCheck check = new ArithmeticCheck(List.of(new RowTotalRule(), new ResultsTotalRule(),
            new BalanceRule(), new ReviewsTotalRule()));

    private static CellAddress app(String row, String column) {
        return new CellAddress(Template.APPLICATIONS, row, column);
    }

    private static CellAddress reviews(String column) {
        return new CellAddress(Template.REVIEWS, "count", column);
    }

    private static ReportBuilder zeros(TemplateVersion version) {
        return ReportBuilder.report(version == TemplateVersion.V2019 ? 2020 : 2022, version)
                .applicationsFilledWith("0", "0", "0", "0", "0", "0", "0")
                .row(Template.REVIEWS, "count", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void aConsistentTableHasNoFinding() {
        assertThat(check.check(zeros(TemplateVersion.V2019).build())).isEmpty();
        assertThat(check.check(zeros(TemplateVersion.V2021).build())).isEmpty();
    }

    @Test
    void aWrongRowTotalIsTheOneSuspectEvenThoughTheColumnBreaksToo() {
        Report report = zeros(TemplateVersion.V2019)
                .row(Template.APPLICATIONS, "new_received", "62", "1", "0", "0", "0", "0", "63")
                .row(Template.APPLICATIONS, "partially_disclosed", "62", "1", "0", "0", "0", "0", "78")
                .row(Template.APPLICATIONS, "total", "62", "1", "0", "0", "0", "0", "63")
                .build();
        List<Finding> findings = check.check(report);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.rule()).isEqualTo(RowTotalRule.ID);
        assertThat(f.suspects()).containsExactly(app("partially_disclosed", "total"));
        assertThat(f.expected()).isEqualByComparingTo("63");
        assertThat(f.actual()).isEqualByComparingTo("78");
        assertThat(f.cells()).contains(app("partially_disclosed", "natural_person"));
        String message = Messages.chinese().format(f.message());
        assertThat(message).contains("部分公开", "78", "63").contains("办理结果合计");
    }

    @Test
    void aWrongPartOfTheTwentyTwentyOneOtherRowsIsNamed() {
        Report report = zeros(TemplateVersion.V2021)
                .row(Template.APPLICATIONS, "new_received", "2", "0", "0", "0", "0", "0", "2")
                .row(Template.APPLICATIONS, "other.no_fee", "3", "0", "0", "0", "0", "0", "2")
                .row(Template.APPLICATIONS, "total", "2", "0", "0", "0", "0", "0", "2")
                .build();
        List<Finding> findings = check.check(report);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.suspects()).containsExactly(app("other.no_fee", "natural_person"));
            assertThat(f.expected()).isEqualByComparingTo("2");
            assertThat(f.rule()).isEqualTo(RowTotalRule.ID);
        });
    }

    @Test
    void aWrongCarriedForwardBreaksTheBalance() {
        Report report = zeros(TemplateVersion.V2019)
                .row(Template.APPLICATIONS, "new_received", "5", "0", "0", "0", "0", "0", "5")
                .row(Template.APPLICATIONS, "disclosed", "4", "0", "0", "0", "0", "0", "4")
                .row(Template.APPLICATIONS, "total", "4", "0", "0", "0", "0", "0", "4")
                .row(Template.APPLICATIONS, "carried_forward", "1", "0", "0", "0", "0", "0", "2")
                .build();
        assertThat(check.check(report)).singleElement().satisfies(f -> {
            assertThat(f.suspects()).containsExactly(app("carried_forward", "total"));
            assertThat(f.expected()).isEqualByComparingTo("1");
        });
    }

    @Test
    void aTieIsReportedWithItsAlternativeAndTheTotalComesFirst() {
        Report report = zeros(TemplateVersion.V2021)
                .row(Template.REVIEWS, "count", "10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0")
                .build();
        List<Finding> findings = check.check(report);
        assertThat(findings).hasSize(2);
        Finding review = findings.stream().filter(f -> f.suspects().contains(reviews("review.total"))).findFirst()
                .orElseThrow();
        assertThat(review.expected()).isEqualByComparingTo("11");
        assertThat(review.alternatives()).as("10 → -1 is no correction: counts are not negative").isEmpty();
        Finding suit = findings.stream().filter(f -> f.suspects().contains(reviews("suit_after_review.total")))
                .findFirst().orElseThrow();
        assertThat(suit.expected()).isEqualByComparingTo("5");
        assertThat(suit.alternatives()).containsExactly(List.of(reviews("suit_after_review.upheld")));
        assertThat(Messages.chinese().format(suit.message())).contains("无法确定");
    }

    @Test
    void aBlankCellIsUnknownNotZero() {
        Report report = zeros(TemplateVersion.V2019)
                .row(Template.APPLICATIONS, "new_received", "5", "0", "0", "0", "0", "0", "5")
                .row(Template.APPLICATIONS, "disclosed", "5", "0", "0", "0", "0", "0", "")
                .row(Template.APPLICATIONS, "total", "5", "0", "0", "0", "0", "0", "5")
                .build();
        assertThat(check.check(report)).isEmpty();
    }

    @Test
    void aBlankCellCannotHideAContradiction() {
        // the blank must be 5 for its row and 0 for its column: one of the printed totals is wrong
        Report report = zeros(TemplateVersion.V2019)
                .row(Template.APPLICATIONS, "disclosed", "5", "0", "0", "0", "0", "0", "")
                .row(Template.APPLICATIONS, "total", "5", "0", "0", "0", "0", "0", "0")
                .build();
        List<Finding> findings = check.check(report);
        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> assertThat(f.suspects()).hasSize(1));
    }

    @Test
    void aTableWithTooManyErrorsStillReportsItsBrokenEquations() {
        ReportBuilder b = zeros(TemplateVersion.V2019);
        String[] rows = {"new_received", "carried_over", "disclosed", "partially_disclosed", "withheld.state_secret",
            "withheld.third_party", "unavailable.not_held", "not_processed.complaint", "other", "carried_forward"};
        for (int i = 0; i < rows.length; i++) {
            b.row(Template.APPLICATIONS, rows[i], String.valueOf(i + 1), "0", String.valueOf(2 * i + 3), "0", "0", "0",
                    "1");
        }
        List<Finding> findings = check.check(b.build());
        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.suspects()).hasSize(1);
            assertThat(f.expected()).isNotNull();
        });
    }
}
