package org.reportauditor.check.across;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.Main;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.check.AuditEngine;
import org.reportauditor.check.RuleRegistry;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.template.Template;
import org.reportauditor.testing.ReportBuilder;

/** Two years of one agency side by side: what was carried over, what is in force, how many items. */
class AcrossYearsTest {
    private static final AuditEngine ENGINE = new AuditEngine(RuleRegistry.rules(), RuleRegistry.acrossRules());
    private static final String[] SEVEN_ZEROS = {"0", "0", "0", "0", "0", "0", "0"};

    private static ReportBuilder report(String agency, int year, TemplateVersion version) {
        return ReportBuilder.report(year, version).agency(agency).applicationsFilledWith(SEVEN_ZEROS);
    }

    private static List<Finding> across(Report lastYear, Report thisYear, String rule) {
        return ENGINE.across(lastYear, thisYear, List.of()).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void thisYearsCarriedOverIsLastYearsCarriedForwardColumnByColumn() {
        Report last = report("某市卫生健康委员会", 2020, TemplateVersion.V2019)
                .row(Template.APPLICATIONS, "carried_forward", "3", "1", "0", "0", "0", "0", "4").build();
        Report kept = report("某市卫健委", 2021, TemplateVersion.V2021)
                .row(Template.APPLICATIONS, "carried_over", "3", "1", "0", "0", "0", "0", "4").build();
        Report broken = report("某市卫健委", 2021, TemplateVersion.V2021)
                .row(Template.APPLICATIONS, "carried_over", "2", "1", "0", "0", "0", "0", "3").build();

        assertThat(across(last, kept, CarryOverRule.ID)).isEmpty();
        List<Finding> findings = across(last, broken, CarryOverRule.ID);
        assertThat(findings).extracting(f -> f.cells().get(0).column()).containsExactly("natural_person", "total");
        Finding natural = findings.get(0);
        assertThat(natural.severity()).isEqualTo(Severity.WARNING);
        assertThat(natural.expected()).isEqualByComparingTo("3");
        assertThat(natural.actual()).isEqualByComparingTo("2");
        assertThat(natural.id()).isEqualTo("carry-over:applications/carried_over/natural_person");
        // both files named: this one's cell, last year's file and year in the message
        assertThat(Messages.chinese().format(natural.message())).contains("印 2", "结转下年度", "3",
                last.file() == null ? "2020" : last.file(), "2020");
    }

    @Test
    void inForceDocumentsFollowFromLastYearsInTheTwentyTwentyOneVersion() {
        Report last = report("某区人民政府", 2022, TemplateVersion.V2021)
                .row(Template.ART20, "regulations", "1", "0", "10")
                .row(Template.ART20, "normative_documents", "2", "1", "20").build();
        Report now = report("某区政府", 2023, TemplateVersion.V2021)
                .row(Template.ART20, "regulations", "2", "1", "11")
                .row(Template.ART20, "normative_documents", "3", "0", "25").build();
        assertThat(across(last, now, InForceContinuityRule.ID)).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly(new CellAddress(Template.ART20, "normative_documents", "in_force"));
            assertThat(f.expected()).isEqualByComparingTo("23");
        });
        // a 2019-version report against a 2021 one shares only the carry-over
        Report older = report("某区人民政府", 2020, TemplateVersion.V2019).build();
        Report newer = report("某区人民政府", 2021, TemplateVersion.V2021)
                .row(Template.ART20, "regulations", "2", "1", "11").build();
        assertThat(ENGINE.across(older, newer, List.of())).extracting(Finding::rule)
                .allMatch(CarryOverRule.ID::equals);
    }

    @Test
    void itemsFollowFromLastYearsCountAndChangeInTheTwentyNineteenVersion() {
        Report last = report("某县市场监督管理局", 2019, TemplateVersion.V2019)
                .row(Template.ART20, "licensing", "27", "-1", "100").build();
        Report now = report("某县市场监督管理局", 2020, TemplateVersion.V2019)
                .row(Template.ART20, "licensing", "27", "0", "90").build();
        assertThat(across(last, now, ItemsContinuityRule.ID)).singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualByComparingTo("26"));
    }

    @Test
    void reportsPairByAgencyAndYearAndNeverAcrossAgencies() {
        Auditor auditor = Main.auditor();
        Report last = report("某市卫生健康委员会", 2020, TemplateVersion.V2019)
                .row(Template.APPLICATIONS, "carried_forward", "3", "0", "0", "0", "0", "0", "3").build();
        Report other = report("某市教育局", 2021, TemplateVersion.V2021).build();
        Report same = report("某市 卫健委", 2021, TemplateVersion.V2021).build();
        Report sameAgain = report("（某市卫生健康委员会）", 2021, TemplateVersion.V2021).build();
        List<AuditResult> paired = auditor.acrossYears(List.of(
                new AuditResult(other, List.of(), null), new AuditResult(last, List.of(), null),
                new AuditResult(same, List.of(), null)));
        assertThat(paired.get(0).lastYear()).as("another agency").isNull();
        assertThat(paired.get(1).lastYear()).as("no report of 2019").isNull();
        assertThat(paired.get(2).lastYear()).isSameAs(last);
        assertThat(paired.get(2).findings()).extracting(Finding::rule).contains(CarryOverRule.ID);
        // two reports of one agency and year: which is this year's is unclear, so neither pairs
        List<AuditResult> twice = auditor.acrossYears(List.of(new AuditResult(last, List.of(), null),
                new AuditResult(same, List.of(), null), new AuditResult(sameAgain, List.of(), null)));
        assertThat(AgencyNames.key("某市 卫健委（本级）")).isEqualTo(AgencyNames.key("某市卫生健康委员会本级"));
        assertThat(twice.get(1).lastYear()).isNull();
        assertThat(AgencyNames.key("某区人民政府")).isEqualTo(AgencyNames.key("某区政府"));
        // a district with and without its city pairs; two cities' districts of one name do not
        assertThat(AgencyNames.sameBody(AgencyNames.key("洪泽区人民政府"), AgencyNames.key("淮安市洪泽区人民政府")))
                .isTrue();
        assertThat(AgencyNames.sameBody(AgencyNames.key("南京市鼓楼区人民政府"), AgencyNames.key("福州市鼓楼区人民政府")))
                .isFalse();
        assertThat(AgencyNames.sameBody(AgencyNames.key("某市卫生健康委员会"), AgencyNames.key("某市教育局"))).isFalse();
        Report nanjing = report("南京市鼓楼区人民政府", 2020, TemplateVersion.V2019).build();
        Report fuzhou = report("福州市鼓楼区人民政府", 2020, TemplateVersion.V2019).build();
        Report bare = report("鼓楼区人民政府", 2021, TemplateVersion.V2021).build();
        assertThat(auditor.acrossYears(List.of(new AuditResult(nanjing, List.of(), null),
                new AuditResult(fuzhou, List.of(), null), new AuditResult(bare, List.of(), null))).get(2).lastYear())
                .as("which 鼓楼区 is unclear").isNull();
        assertThat(AgencyNames.key("某市卫健局")).isEqualTo(AgencyNames.key("某市卫生健康局"))
                .isNotEqualTo(AgencyNames.key("某市卫生健康委员会"));
    }
}
