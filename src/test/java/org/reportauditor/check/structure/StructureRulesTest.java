package org.reportauditor.check.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.testing.ReportBuilder;
import org.reportauditor.template.Template;

class StructureRulesTest {
    private static final String[] ZEROS = {"0", "0", "0", "0", "0", "0", "0"};

    private static CellAddress app(String row, String column) {
        return new CellAddress(Template.APPLICATIONS, row, column);
    }

    @Test
    void missingSectionsAreNamed() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .section(1, "一、总体情况").section(2, "二、主动公开政府信息情况").section(6, "六、其他需要报告的事项")
                .build();
        List<Finding> findings = new MissingSectionRule().check(report);
        assertThat(findings).hasSize(3).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings).extracting(f -> Messages.chinese().format(f.message()))
                .anySatisfy(m -> assertThat(m).contains("五、存在的主要问题及改进情况"));
    }

    @Test
    void missingTablesAreNamed() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019).applicationsFilledWith(ZEROS).build();
        List<Finding> findings = new MissingTableRule().check(report);
        assertThat(findings).hasSize(2);
        assertThat(findings).extracting(f -> Messages.chinese().format(f.message()))
                .anySatisfy(m -> assertThat(m).contains("二、主动公开政府信息情况"))
                .anySatisfy(m -> assertThat(m).contains("四、政府信息公开行政复议、行政诉讼情况"));
    }

    @Test
    void aTruncatedTableGivesOneFindingNamingEveryMissingRow() {
        ReportBuilder b = ReportBuilder.report(2020, TemplateVersion.V2019);
        for (String row : List.of("new_received", "carried_over", "disclosed", "partially_disclosed")) {
            b.row(Template.APPLICATIONS, row, ZEROS);
        }
        List<Finding> findings = new MissingRowRule().check(b.build());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cells()).contains(app("total", "total"), app("carried_forward", "natural_person"),
                    app("other", "total"));
            assertThat(Messages.chinese().format(f.message())).contains("结转下年度");
        });
    }

    @Test
    void aSplitRowIsNotMissing() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .row(Template.ART20, "regulations", "0", "0", "0").row(Template.ART20, "normative_documents", "0", "0", "0")
                .row(Template.ART20, "licensing", "0", "0", "0").row(Template.ART20, "other_services.行政检查", "1", "0", "6")
                .row(Template.ART20, "penalty", "0", "0", "0").row(Template.ART20, "coercion", "0", "0", "0")
                .row(Template.ART20, "fees", "0", "0").row(Template.ART20, "procurement", "1", "2.5")
                .build();
        assertThat(new MissingRowRule().check(report)).isEmpty();
        assertThat(new SubRowRule().check(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.cells()).contains(new CellAddress(Template.ART20, "other_services.行政检查", "decisions"));
            assertThat(Messages.chinese().format(f.message())).contains("其他对外管理服务事项", "行政检查");
        });
    }

    @Test
    void missingCellsAreWarnedPerRowAndBlankOnesOncePerTable() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .row(Template.APPLICATIONS, "disclosed", "1", "", "0", "0", "0", "0", "1")
                .row(Template.APPLICATIONS, "withheld.third_party", "0", "0", "0", "0", "0", "0")
                .row(Template.APPLICATIONS, "total", "/", "0", "0", "0", "0", "0", "0")
                .build();
        List<Finding> findings = new BlankCellRule().check(report);
        // "/" says not applicable: it is not blank
        assertThat(findings).hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(findings.get(0).cells()).containsExactly(app("withheld.third_party", "total"));
        assertThat(Messages.chinese().format(findings.get(0).message())).contains("缺少");
        assertThat(findings.get(1).cells()).containsExactly(app("disclosed", "commercial"));
        assertThat(Messages.chinese().format(findings.get(1).message())).contains("1 个空白单元格", "予以公开 的 商业企业");
    }

    @Test
    void negativeCountsAreErrorsButAChangeMayBeNegative() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .row(Template.ART20, "penalty", "627", "-46", "11604")
                .row(Template.APPLICATIONS, "disclosed", "-1", "0", "0", "0", "0", "0", "-1")
                .build();
        List<Finding> findings = new NegativeCountRule().check(report);
        assertThat(findings).extracting(f -> f.cells().get(0))
                .containsExactly(app("disclosed", "natural_person"), app("disclosed", "total"));
    }

    @Test
    void aLaterReportInTheOldLayoutBreaksTheFormatVersion() {
        Report old = ReportBuilder.report(2023, TemplateVersion.V2019).applicationsFilledWith(ZEROS).build();
        assertThat(new FormatVersionRule().check(old)).singleElement()
                .satisfies(f -> assertThat(Messages.chinese().format(f.message())).contains("2023", "2021", "2019"));
        Report current = ReportBuilder.report(2023, TemplateVersion.V2021).applicationsFilledWith(ZEROS).build();
        assertThat(new FormatVersionRule().check(current)).isEmpty();
    }

    @Test
    void deviatingHeadingsAreWarnedWithTheirWords() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .section(1, "一、 总体情况").section(5, "5、 存在的主要问题及改进情况").section(6, "六、要报告的事项")
                .build();
        List<Finding> findings = new SectionTitleRule().check(report);
        assertThat(findings).extracting(Finding::quote)
                .containsExactly("5、 存在的主要问题及改进情况", "六、要报告的事项");
        assertThat(Messages.chinese().format(findings.get(0).message())).contains("编号");
    }

    @Test
    void aSkippedSubHeadingNumberIsNoted() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019)
                .section(1, "一、总体情况", "（一）做好主动公开。正文", "服务疫情防控。正文", "（三）做好决策公开。正文",
                        "（四）强化政策解读。", "（一）新的一组。")
                .build();
        assertThat(new SectionNumberingRule().check(report)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.quote()).isEqualTo("（三）做好决策公开");
        });
    }
}
