package org.reportauditor.check.narrative;

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

class NarrativeRulesTest {
    private static ReportBuilder withTables() {
        return ReportBuilder.report(2024, TemplateVersion.V2021)
                .applicationsFilledWith("0", "0", "0", "0", "0", "0", "0")
                .row(Template.APPLICATIONS, "new_received", "5", "0", "0", "0", "0", "0", "5")
                .row(Template.APPLICATIONS, "carried_over", "2", "0", "0", "0", "0", "0", "2")
                .row(Template.APPLICATIONS, "disclosed", "4", "0", "0", "0", "0", "0", "4")
                .row(Template.APPLICATIONS, "total", "6", "0", "0", "0", "0", "0", "6")
                .row(Template.APPLICATIONS, "carried_forward", "1", "0", "0", "0", "0", "0", "1")
                .row(Template.REVIEWS, "count", "2", "1", "0", "0", "3", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0");
    }

    private static List<Finding> narrative(String... paragraphs) {
        Report report = withTables().section(1, "一、总体情况", paragraphs).build();
        return new NarrativeMismatchRule().check(report);
    }

    @Test
    void aStatedNumberOfApplicationsAgainstTheTableIsAMismatch() {
        List<Finding> findings = narrative("2024 年以来我委共收到 4 份社会公众提交的依申请公开表，均已答复。");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly(new CellAddress(Template.APPLICATIONS, "new_received", "total"));
            assertThat(f.quote()).contains("共收到 4 份");
            assertThat(Messages.chinese().format(f.message())).contains("4", "5");
        });
    }

    @Test
    void figuresThatAgreeWithTheTablesAreSilent() {
        assertThat(narrative("全年共受理政府信息公开申请 5 件，共答复 6 件（含上年度结转申请 2 件，另有 1 件结转下年度办理）。",
                "政府信息公开行政复议 3 件，其中结果维持 2 件，结果纠正 1 件；行政诉讼 1 件，其中结果维持 1 件。",
                "我委主动公开政府信息1491条，其中微信平台发布1120条，门户网站发布371条。")).isEmpty();
    }

    @Test
    void reviewPartsAreComparedWithTheirCells() {
        List<Finding> findings = narrative("政府信息公开行政复议 3 件，其中结果维持 1 件，结果纠正 2 件。");
        assertThat(findings).hasSize(2);
        assertThat(findings).extracting(f -> f.cells().get(0).column())
                .containsExactly("review.upheld", "review.corrected");
    }

    @Test
    void partsAddingUpToMoreThanTheTotalAreAMismatch() {
        List<Finding> findings = narrative("我委主动公开政府信息100条，其中微信平台发布80条，门户网站发布371条。");
        assertThat(findings).singleElement()
                .satisfies(f -> assertThat(Messages.chinese().format(f.message())).contains("451"));
    }

    @Test
    void aFigureOutOfTheTablesScopeClaimsNothing() {
        // another body or a part of this one, another year, a change, another unit: unclear means silent
        assertThat(narrative("区政府办代表区政府受理政府信息公开申请17件。", "各乡镇共收到政府信息公开申请 17 件。",
                "2023 年共收到政府信息公开申请 17 件。", "2020 年以来共收到政府信息公开申请 17 件。", "收到政府信息公开申请较上年增加 17 件。",
                "受理政府信息公开申请 17 条。")).isEmpty();
        // two results named together are their sum: 4 disclosed and 0 partially, 4 in all
        assertThat(narrative("予以公开及部分公开的申请共 4 件。")).isEmpty();
        assertThat(narrative("予以公开及部分公开的申请共 5 件。")).singleElement().satisfies(f -> assertThat(f.cells())
                .containsExactly(new CellAddress(Template.APPLICATIONS, "disclosed", "total"),
                        new CellAddress(Template.APPLICATIONS, "partially_disclosed", "total")));
        // this body, by a word for itself or by its own name, is compared
        assertThat(narrative("本机关共受理政府信息公开申请 17 件。")).hasSize(1);
        Report named = withTables().agency("某市卫生健康委员会")
                .section(1, "一、总体情况", "2024 年，某市卫生健康委员会共受理政府信息公开申请 17 件。").build();
        assertThat(new NarrativeMismatchRule().check(named)).hasSize(1);
    }

    @Test
    void ambiguousOrUnrelatedFiguresClaimNothing() {
        assertThat(narrative("已答复 170 件。", "接待当面咨询80余次。", "受理信访件 12 件。",
                "编制完成 179 项事项，其中行政许可类 30 项，行政处罚类 81 项。")).isEmpty();
    }

    @Test
    void theFeeStatementIsRequiredFromTheTwentyTwentyOneVersion() {
        Report silent = withTables().section(6, "六、其他需要报告的事项", "无。").build();
        assertThat(new FeeStatementRule().check(silent)).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(FeeStatementRule.ID));
        Report stated = withTables().section(6, "六、其他需要报告的事项", "本年度未收取政府信息公开信息处理费。").build();
        assertThat(new FeeStatementRule().check(stated)).isEmpty();
        Report old = ReportBuilder.report(2020, TemplateVersion.V2019).section(6, "六、其他需要报告的事项", "无。").build();
        assertThat(new FeeStatementRule().check(old)).isEmpty();
    }
}
