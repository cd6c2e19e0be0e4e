package org.reportauditor.check.plausibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.testing.ReportBuilder;
import org.reportauditor.template.Template;

class PlausibilityRuleTest {
    private final PlausibilityRule rule = new PlausibilityRule();

    @Test
    void documentsMadeButNeverPublishedAreUnlikely() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .row(Template.ART20, "normative_documents", "9", "0", "0")
                .row(Template.ART20, "regulations", "0", "3", "2")
                .build();
        List<Finding> findings = rule.check(report);
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).cells()).contains(new CellAddress(Template.ART20, "regulations", "published"));
        assertThat(findings.get(1).cells()).containsExactly(new CellAddress(Template.ART20, "normative_documents", "made"),
                new CellAddress(Template.ART20, "normative_documents", "published"));
    }

    @Test
    void fewerThanZeroItemsAreUnlikely() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .row(Template.ART20, "licensing", "3", "-5", "10").build();
        assertThat(rule.check(report)).singleElement()
                .satisfies(f -> assertThat(f.cells()).contains(new CellAddress(Template.ART20, "licensing", "items_change")));
    }

    @Test
    void moreCarriedForwardThanAvailableAndResultsAboveTheTotalAreUnlikely() {
        Report report = ReportBuilder.report(2022, TemplateVersion.V2021)
                .row(Template.APPLICATIONS, "new_received", "1", "0", "0", "0", "0", "0", "1")
                .row(Template.APPLICATIONS, "carried_over", "0", "0", "0", "0", "0", "0", "0")
                .row(Template.APPLICATIONS, "disclosed", "3", "0", "0", "0", "0", "0", "3")
                .row(Template.APPLICATIONS, "total", "2", "0", "0", "0", "0", "0", "2")
                .row(Template.APPLICATIONS, "carried_forward", "2", "0", "0", "0", "0", "0", "2")
                .build();
        List<Finding> findings = rule.check(report);
        assertThat(findings).extracting(f -> f.cells().get(0).row())
                .contains("carried_forward", "disclosed");
    }

    @Test
    void aCountyReportingRegulationsItMadeIsUnlikely() {
        Report county = ReportBuilder.report(2022, TemplateVersion.V2021).agency("某县卫生健康局")
                .row(Template.ART20, "regulations", "1", "0", "1").build();
        assertThat(rule.check(county)).singleElement()
                .satisfies(f -> assertThat(f.cells()).containsExactly(new CellAddress(Template.ART20, "regulations", "issued")));
        Report province = ReportBuilder.report(2022, TemplateVersion.V2021).agency("广西壮族自治区人民政府")
                .row(Template.ART20, "regulations", "1", "0", "1").build();
        assertThat(rule.check(province)).isEmpty();
    }
}
