package org.reportauditor.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "(3)|ARABIC|3", "二十三、|CHINESE|23"})
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
        assertThat(List.of(Numbering.chineseNumeral(5), Numbering.chineseNumeral(12))).containsExactly("五", "十二");
    }
}
