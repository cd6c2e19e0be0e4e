package org.reportauditor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.reportauditor.check.AuditEngine;
import org.reportauditor.check.RuleRegistry;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;
import org.reportauditor.testing.ReportBuilder;

/** What a batch adds up to: findings by rule, reports with errors by year, the agencies missing a year. */
class BatchSummaryTest {
    private static final ReviewApplier REVIEWS = new ReviewApplier(new AuditEngine(RuleRegistry.rules(),
            RuleRegistry.acrossRules()));
    private static final Finding ROW_TOTAL = Finding.onText("row-total", Severity.ERROR, List.of(), "a", Text.of("x"),
            null);
    private static final Finding BLANK = Finding.onText("blank-cell", Severity.WARNING, List.of(), "b", Text.of("y"),
            null);

    /** A report of that agency and year with exactly these findings, reviewed as {@code review} says. */
    private static ReviewedResult reviewed(String agency, int year, Review review, Finding... findings) {
        Report report = ReportBuilder.report(year, year >= 2021 ? TemplateVersion.V2021 : TemplateVersion.V2019)
                .agency(agency).build();
        AuditResult result = new AuditResult(report, List.of(findings), new RawDocument(Path.of(agency + year
                + ".txt"), DocumentKind.TEXT, List.of(), "", List.of()));
        return REVIEWS.apply(result, review == null ? Review.empty(agency + year, null) : review);
    }

    private static Review decided(Finding finding, ReviewStatus status) {
        return Review.empty("x", null).decide(finding.id(), new ReviewState(status, "", "审核员", Instant.EPOCH));
    }

    @Test
    void theAgenciesMissingAYearOfTheBatchAreListedWithTheirNameVariantsTakenAsOne() {
        List<ReviewedResult> batch = List.of(
                reviewed("某市卫生健康委员会", 2020, null),
                reviewed("某市卫健委", 2022, null),
                reviewed("某县人民政府", 2020, null),
                reviewed("某县人民政府", 2021, null),
                reviewed("某县政府", 2022, null),
                reviewed("另一县人民政府", 2021, null));

        BatchSummary summary = BatchSummary.of(batch);

        assertThat(summary.reportsByYear()).containsExactlyEntriesOf(new TreeMap<>(Map.of(2020, 2L, 2021, 2L,
                2022, 2L)));
        assertThat(summary.missingYears()).containsOnlyKeys("某市卫生健康委员会", "另一县人民政府");
        assertThat(summary.missingYears().get("某市卫生健康委员会")).containsExactly(2021);
        assertThat(summary.missingYears().get("另一县人民政府")).containsExactly(2020, 2022);
    }

    @Test
    void findingsCountByRuleAndErrorsByYearUnlessTheAuditorDismissedThem() {
        ReviewedResult wrong = reviewed("某县人民政府", 2021, null, ROW_TOTAL, BLANK);
        ReviewedResult dismissed = reviewed("某县人民政府", 2022, decided(ROW_TOTAL, ReviewStatus.DISMISSED), ROW_TOTAL);
        ReviewedResult confirmed = reviewed("某县人民政府", 2023, decided(ROW_TOTAL, ReviewStatus.CONFIRMED), ROW_TOTAL,
                BLANK);
        ReviewedResult clean = reviewed("某县人民政府", 2020, null);

        BatchSummary summary = BatchSummary.of(List.of(clean, wrong, dismissed, confirmed));

        assertThat(summary.reportsWithErrorsByYear()).containsExactlyEntriesOf(new TreeMap<>(Map.of(2021, 1L,
                2023, 1L)));
        assertThat(summary.findingsByRule()).containsExactlyEntriesOf(new TreeMap<>(Map.of("row-total", 2L,
                "blank-cell", 2L)));
        assertThat(clean.progress()).isEqualTo(ReviewProgress.NOT_STARTED);
        assertThat(wrong.progress()).isEqualTo(ReviewProgress.NOT_STARTED);
        assertThat(dismissed.progress()).isEqualTo(ReviewProgress.DONE);
        assertThat(confirmed.progress()).isEqualTo(ReviewProgress.UNDER_WAY);
    }
}
