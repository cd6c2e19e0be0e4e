package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.line;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"-3-", "-3－", "—3—", "3", "第3页", "第3页共6页", "3/6", "Page3", "－12－"})
    void pageNumbersInTheirUsualForms(String text) {
        assertThat(PageFurniture.isPageNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3001", "三、本年度办理结果", "2024年", "1.属于国家秘密", "12.5"})
    void textThatIsNoPageNumber(String text) {
        assertThat(PageFurniture.isPageNumber(text)).isFalse();
    }

    private static PageLayout page(int number, TextLine... lines) {
        return new PageLayout(number, Records.uprightFrame(), List.of(), List.of(lines));
    }

    @Test
    void pageNumbersInTheMarginsGoButLoneNumbersOnThePageStay() {
        List<PageLayout> pages = PageFurniture.remove(List.of(page(1,
                line("正文第一行", 100, 200), line("12", 300, 400), line("- 1 -", 280, 800))));
        assertThat(pages.get(0).lines()).extracting(TextLine::text).containsExactly("正文第一行", "12");
    }

    @Test
    void textRepeatedAtTheSamePlaceOnMostPagesGoes() {
        List<PageLayout> pages = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            pages.add(page(i, line("某某市人民政府办公室", 200, 50), line("第" + i + "段正文", 100, 300 + i),
                    line("共4页 " + i, 400, 820)));
        }
        // a title at the top of the first page only is content
        pages.set(0, page(1, line("年度报告标题", 200, 50), line("第1段正文", 100, 301)));
        List<PageLayout> cleaned = PageFurniture.remove(pages);
        assertThat(cleaned.get(0).lines()).extracting(TextLine::text).containsExactly("年度报告标题", "第1段正文");
        for (int i = 1; i < 4; i++) {
            assertThat(cleaned.get(i).lines()).extracting(TextLine::text).containsExactly("第" + (i + 1) + "段正文");
        }
    }
}
