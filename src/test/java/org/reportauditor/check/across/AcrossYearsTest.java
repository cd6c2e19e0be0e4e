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

    private static final String[] LAST_YEARS_PROBLEMS = {
        "（一）存在的主要问题和不足之处。",
        "2020年，我局政府信息公开工作取得了一定成效，但仍存在一些不足。",
        "一是主动公开的深度和广度还需进一步拓展；二是政策解读的形式还不够丰富多样。",
        "下一步，我局将进一步加强政府信息公开工作，切实提高公开质量。"};

    @Test
    void sectionFiveRepeatedFromLastYearIsCopiedTextNamingBothFilesAndEverySentence() {
        Report last = report("某县交通运输局", 2020, TemplateVersion.V2019)
                .section(5, Template.section(5).heading(), LAST_YEARS_PROBLEMS).build().withFile("2020年报.pdf");
        // word for word but for the year: still a copy (the sub-heading, which all share, not counted)
        Report copied = report("某县交通运输局", 2021, TemplateVersion.V2021)
                .section(5, Template.section(5).heading(), "（一）存在的主要问题和不足之处。",
                        "2021年，我局政府信息公开工作取得了一定成效，但仍存在一些不足。",
                        "一是主动公开的深度和广度还需进一步拓展； 二是政策解读的形式还不够丰富多样。",
                        "下一步，我局将进一步加强政府信息公开工作，切实提高公开质量。")
                .build().withFile("2021年报.pdf");
        List<Finding> findings = across(last, copied, CopiedTextRule.ID);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.places()).as("each repeated sentence is marked").hasSize(4)
                .allSatisfy(p -> assertThat(p.source()).isNotNull());
        assertThat(f.quote()).startsWith("2021年，我局");
        assertThat(Messages.chinese().format(f.message()))
                .isEqualTo("五、存在的主要问题及改进情况：本年 4 句中有 4 句（100%）与上年报告（2020年报.pdf，2020 年）相同");
        assertThat(f.id()).isEqualTo(across(last, copied.withFile("elsewhere/other.pdf"), CopiedTextRule.ID)
                .get(0).id()).as("the id does not change with the file's path");
    }

    @Test
    void prosePartlyRewrittenOrWithNewFiguresIsNotCopiedText() {
        Report last = report("某县交通运输局", 2020, TemplateVersion.V2019)
                .section(5, Template.section(5).heading(), LAST_YEARS_PROBLEMS)
                .section(1, Template.section(1).heading(), "2020年，本机关主动公开政府信息1491条，其中政策文件120条。").build();
        Report rewritten = report("某县交通运输局", 2021, TemplateVersion.V2021)
                .section(5, Template.section(5).heading(), "2021年，我局政府信息公开工作取得了一定成效，但仍存在一些不足。",
                        "一是公开目录的更新还不够及时；二是依申请公开的答复质量有待提高。",
                        "三是基层政务公开标准化规范化建设推进不平衡。",
                        "下一步，我局将围绕上述问题逐项整改，按季度检查整改进度。")
                .section(1, Template.section(1).heading(), "2021年，本机关主动公开政府信息1620条，其中政策文件98条。").build();
        assertThat(across(last, rewritten, CopiedTextRule.ID)).as("1 sentence of 5 repeated; new figures").isEmpty();
        Report other = report("某县教育局", 2021, TemplateVersion.V2021)
                .section(5, Template.section(5).heading(), LAST_YEARS_PROBLEMS).build();
        List<AuditResult> paired = Main.auditor().acrossYears(List.of(new AuditResult(last, List.of(), null),
                new AuditResult(other, List.of(), null)));
        assertThat(paired.get(1).findings()).as("another agency's words are not its copy").isEmpty();
    }
}
