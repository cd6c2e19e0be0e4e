package org.reportauditor.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.reportauditor.grammar.Numbering;
import org.reportauditor.model.TemplateVersion;

class LabelMatchingTest {
    private final LabelMatcher<RowSpec> rows = new LabelMatcher<>(
            Template.of(TemplateVersion.V2021).table(Template.APPLICATIONS).rows(), RowSpec::labels, RowSpec::numbering);
    private final LabelMatcher<RowSpec> art20 = new LabelMatcher<>(
            Template.of(TemplateVersion.V2019).table(Template.ART20).rows(), RowSpec::labels, r -> "");

    private Optional<String> row(String printed) {
        return rows.match(LabelText.normalize(printed)).map(m -> m.spec().id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|partially_disclosed",
        "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)|partially_disclosed",
        "（二）部分公开（区分处理的，只计这一情\\n形，不计其他情形）|partially_disclosed",
        "（二）部分公开（区分处理的，只计这一情|partially_disclosed",
        "1.属于国家秘密|withheld.state_secret",
        "１．属于国家秘密|withheld.state_secret",
        "2.其他法律行政止公开|withheld.prohibited_by_law",
        "3.危及“三安全一稳定”|withheld.security_stability",
        "3. 危及\"三安全一稳定\"|withheld.security_stability",
        "1.本机关不掌握相关政府\\n信息|unavailable.not_held",
        "5.要求行政机关确认或重 新出具已获取信息|not_processed.reconfirm",
        "一、本年新收政府信息公开申请数量|new_received",
        "四、结转下年度继续办理|carried_forward",
        "（七）总计|total",
        "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|other.no_correction",
    })
    void printedLabelsMeanTheirRows(String printed, String rowId) {
        // "\\n" in the table above stands for a line break inside the printed cell
        assertThat(row(printed.replace("\\n", "\n"))).contains(rowId);
    }

    @Test
    void unrelatedTextMeansNoRow() {
        assertThat(row("行政检查")).isEmpty();
        assertThat(row("予公开")).as("the last line of a wrapped group label").isEmpty();
        assertThat(row("其他结")).as("a header cut in two is not the row 其他").isEmpty();
        assertThat(row("信息内容")).isEmpty();
        assertThat(row("北京市卫生健康委员会")).isEmpty();
    }

    @Test
    void bothSpellingsOfNormativeDocumentsAreTheSameRow() {
        assertThat(art20.match(LabelText.normalize("规范性文件")).map(m -> m.spec().id())).contains("normative_documents");
        assertThat(art20.match(LabelText.normalize("行政规范性文件")).map(m -> m.spec().id()))
                .contains("normative_documents");
        assertThat(art20.match(LabelText.normalize("其他对外管理服务事项（行政检查）")).map(m -> m.spec().id()))
                .contains("other_services");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "三、|CHINESE|3", "（三）|CHINESE_BRACKETED|3", "(十二)|CHINESE_BRACKETED|12", "3.|ARABIC|3", "3、|ARABIC|3",
        "(3)|ARABIC|3", "二十三、|CHINESE|23", "第三部分|PART|3", "第3章|PART|3"})
    void numberingIsReadWhateverItsStyle(String printed, Numbering.Style style, int number) {
        Numbering n = Numbering.parse(LabelText.normalize(printed + "标题"));
        assertThat(n.style()).isEqualTo(style);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.rest()).isEqualTo("标题");
    }

    @Test
    void aYearIsNoNumbering() {
        assertThat(Numbering.parse("2020年").style()).isEqualTo(Numbering.Style.NONE);
        assertThat(Numbering.parse("10.5万").style()).isEqualTo(Numbering.Style.NONE);
    }

    @Test
    void aFloorHidesOnlyScoresBelowIt() {
        List<String> labels = new java.util.ArrayList<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            for (TableSpec t : Template.of(v).tables()) {
                t.rows().forEach(r -> r.labels().forEach(l -> labels.add(LabelText.core(LabelText.normalize(l)))));
                t.headerLabels().forEach(l -> labels.add(LabelText.normalize(l)));
            }
        }
        labels.addAll(List.of("其他法律行政止公开", "本机关不掌握相关政", "属于三类内部事务", "补正后申请内容"));
        int hidden = 0;
        for (String printed : labels) {
            for (String template : labels) {
                double full = LabelSimilarity.of(printed, template, 0);
                double floored = LabelSimilarity.of(printed, template, 0.68);
                if (full >= 0.68) {
                    assertThat(floored).as(printed + " / " + template).isEqualTo(full);
                } else {
                    assertThat(floored).as(printed + " / " + template).isIn(0.0, full);
                    hidden += floored == 0 && full > 0 ? 1 : 0;
                }
            }
        }
        assertThat(hidden).as("pairs whose comparison the floor spared").isPositive();
    }

    @Test
    void theBeginningOfALongTextIsNormalisedAsTheWholeIs() {
        String text = "（三） 收到和处理政府信息公开申请情况　本年度，我局共收到政府信息公开申请１２３件，较上年有所增加。";
        String whole = LabelText.normalize(text);
        String start = LabelText.normalize(text, 10);
        assertThat(start).hasSize(10);
        assertThat(whole).startsWith(start);
        assertThat(LabelText.normalize(text, 1000)).isEqualTo(whole);
    }

    @Test
    void aSectionHeadingStartingALongParagraphIsFoundAndProseIsNot() {
        assertThat(SectionHeadings.sectionOf("三、收到和处理政府信息公开申请情况 本年度共收到政府信息公开申请123件，"
                + "其中自然人申请100件，法人或其他组织申请23件，均已按时答复。")).contains(3);
        assertThat(SectionHeadings.sectionOf("（一）主动公开政府信息情况")).isEmpty();
        assertThat(SectionHeadings.sectionOf("第四部分 政府信息公开行政复议、行政诉讼情况")).contains(4);
        // a part's numbering is numbering, as the PDF reader alone knew before: the label's core leaves it out
        assertThat(LabelText.core(LabelText.normalize("第一部分 总体情况。"))).isEqualTo("总体情况");
        assertThat(SectionHeadings.sectionOf("本年度共收到政府信息公开申请123件，其中自然人申请100件，法人或其他组织申请23件，"
                + "涉及行政复议的有2件。")).isEmpty();
        assertThat(SectionHeadings.sectionOf("五、存在的主要问题及改进情况")).contains(5);
    }
}
