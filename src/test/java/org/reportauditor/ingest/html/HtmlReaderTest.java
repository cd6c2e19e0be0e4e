package org.reportauditor.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.word.CorpusReportChecks.corpus;
import static org.reportauditor.ingest.word.CorpusReportChecks.readCleanly;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.word.CorpusReportChecks;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;

class HtmlReaderTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    private final HtmlReader reader = new HtmlReader();

    @Test
    void aGbkPageDeclaredByMetaCharsetReadsLikeItsUtf8Original() throws IOException {
        Path original = corpus("001_7202961d81cad9db.html");

        RawDocument document = readCleanly(reader, CorpusReportChecks.resource("ingest/html/gbk-meta-charset.html"));

        CorpusReportChecks.assertReadsLikeItsKey(document, original);
        assertThat(document.blocks()).isEqualTo(readCleanly(reader, original).blocks());
    }

    @Test
    void aGb2312PageDeclaredByHttpEquivReadsLikeItsUtf8Original() throws IOException {
        Path original = corpus("003_4fb9745642b3cd23.html");

        RawDocument document = readCleanly(reader, CorpusReportChecks.resource("ingest/html/gb2312-http-equiv.html"));

        CorpusReportChecks.assertReadsLikeItsKey(document, original);
        assertThat(document.blocks()).isEqualTo(readCleanly(reader, original).blocks());
    }

    @Test
    void aUtf8PageWhoseMetaStillSaysGb2312IsReadAsUtf8() throws IOException {
        Path original = corpus("000_e778331bfbf8b1ad.html");
        String page = Files.readString(original).replace("<meta charset=\"utf-8\">", "<meta charset=\"gb2312\">");
        Path file = Files.write(dir.resolve("wrong-meta.html"), page.getBytes(StandardCharsets.UTF_8));

        assertThat(readCleanly(reader, file).blocks()).isEqualTo(readCleanly(reader, original).blocks());
    }

    @Test
    void aGbkPageWithoutDeclarationIsRecognised() throws IOException {
        Path original = corpus("004_32ee79c535f7b1d7.html");
        String page = Files.readString(original).replace("<meta charset=\"utf-8\">", "");
        Path file = Files.write(dir.resolve("undeclared.html"), page.getBytes(GBK));

        assertThat(readCleanly(reader, file).blocks()).isEqualTo(readCleanly(reader, original).blocks());
    }

    @Test
    void aUtf8PageWithAStrayBrokenByteStaysUtf8() throws IOException {
        Path original = corpus("000_e778331bfbf8b1ad.html");
        String page = Files.readString(original).replace("<p>无</p>", "<p>无\u0000</p>");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = (byte) 0xB0;
            }
        }

        RawDocument document = readCleanly(reader, Files.write(dir.resolve("stray-byte.html"), bytes));

        assertThat(document.tables()).isEqualTo(readCleanly(reader, original).tables());
        assertThat(CorpusReportChecks.paragraphs(document)).contains("一、总体情况", "六、其他需要报告的事项");
    }

    @Test
    void aPageCutShortIsReadAsFarAsItGoesAndSaysSo() throws IOException {
        String page = Files.readString(corpus("000_e778331bfbf8b1ad.html"));
        Path cut = Files.writeString(dir.resolve("cut.html"), page.substring(0, page.length() * 2 / 3));
        RawDocument document = new DocumentReaders(Map.of(DocumentKind.HTML, reader)).read(cut);
        assertThat(document.problems()).singleElement().satisfies(p -> {
            assertThat(p.partial()).isTrue();
            assertThat(p.message().key()).isEqualTo("problem.cutShort");
        });
        assertThat(document.blocks()).isNotEmpty();
        assertThat(readCleanly(reader, corpus("000_e778331bfbf8b1ad.html")).problems()).isEmpty();
    }

    @Test
    void aWebArchiveReadsLikeThePageInside() throws IOException {
        Path original = corpus("000_e778331bfbf8b1ad.html");
        String page = Files.readString(original).replace("<meta charset=\"utf-8\">", "");
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D7\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_01D7\r\n"
                + "Content-Location: file:///C:/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n" + quotedPrintable(page.getBytes(GBK))
                + "\r\n------=_NextPart_01D7\r\nContent-Location: file:///C:/report_files/image001.png\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n"
                + "------=_NextPart_01D7--\r\n";
        Path file = Files.writeString(dir.resolve("report.mht"), archive, StandardCharsets.US_ASCII);

        RawDocument document = new DocumentReaders(Map.of(DocumentKind.HTML, reader)).read(file);

        assertThat(document.blocks()).isEqualTo(readCleanly(reader, original).blocks());
    }

    @Test
    void theReportIsFoundAmongThePortalsMenusLinksAndFooter() throws IOException {
        Path original = corpus("002_9d21c23fe3a15276.html");

        RawDocument document = readCleanly(reader, CorpusReportChecks.resource("ingest/html/portal-page.html"));

        CorpusReportChecks.assertReadsLikeItsKey(document, original);
        assertThat(document.text()).contains("2020年政府信息公开工作年度报告")
                .doesNotContain("首页", "当前位置", "网站地图", "版权所有", "ICP", "访问统计", "分享到", "相关链接",
                        "联系我们", "浏览次数", "隐藏的旧版本", "hm.js", "请输入关键词");
    }

    @Test
    void theReportsTablesAreKeptWhenTheyStandApartFromItsText() throws IOException {
        String prose = "<p>本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。</p>".repeat(12);
        RawDocument document = readCleanly(reader, page("<ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul>"
                + "<div class=\"side\"><table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></div>"
                + "<div class=\"article\"><div class=\"text\"><h1>示例局2020年度政府信息公开工作报告</h1>" + prose + "</div>"
                + "<div class=\"attachment\"><table><tr><td>一、本年新收政府信息公开申请数量</td><td>12</td></tr></table></div>"
                + "</div><div class=\"footer\">主办单位：示例局　电话：0000-7654321</div>"));

        assertThat(document.tables()).hasSize(1);
        assertThat(CorpusReportChecks.describe(document.tables().get(0)))
                .containsExactly(List.of("0,0 1x1 一、本年新收政府信息公开申请数量", "0,1 1x1 12"));
        assertThat(CorpusReportChecks.paragraphs(document)).startsWith("示例局2020年度政府信息公开工作报告");
        assertThat(document.text()).doesNotContain("首页", "主办单位");
    }

    @Test
    void cellTextKeepsLineBreaksOfBrAndBlocksAndReadsNbspAsASpace() throws IOException {
        RawDocument document = readCleanly(reader, page("<table><tr><td>结<br>果</td><td>1&nbsp;234</td>"
                + "<td><p>第一段</p><div>第二段</div></td><td> \n </td><th>四、结转下年度\n   继续办理</th></tr>"
                + "<tr><td>a</td><td>b</td></tr></table>"));

        assertThat(CorpusReportChecks.describe(document.tables().get(0))).containsExactly(
                List.of("0,0 1x1 结\n果", "0,1 1x1 1 234", "0,2 1x1 第一段\n第二段", "0,3 1x1 ", "0,4 1x1 四、结转下年度 继续办理"),
                List.of("1,0 1x1 a", "1,1 1x1 b"));
        CorpusReportChecks.assertSourcesPointIntoText(document);
    }

    @Test
    void spansArePlacedAsBrowsersPlaceThemAndBounded() throws IOException {
        RawDocument document = readCleanly(reader, page("<table>"
                + "<tr><td rowspan=\"0\">全部</td><td colspan=\"2\">甲</td><td rowspan=\"9\">越界</td></tr>"
                + "<tr><td>1</td><td colspan=\"x\">2</td></tr>"
                + "<tr><td colspan=\"99999\">宽</td></tr>"
                + "</table>"));

        assertThat(CorpusReportChecks.describe(document.tables().get(0))).containsExactly(
                List.of("0,0 3x1 全部", "0,1 1x2 甲", "0,3 3x1 越界"),
                List.of("1,1 1x1 1", "1,2 1x1 2"),
                List.of("2,1 1x1000 宽"));
    }

    @Test
    void headingsAndParagraphsComeInOrderWithoutScriptsStylesNavigationOrHiddenText() throws IOException {
        RawDocument document = readCleanly(reader, page("<nav><a href=\"/\">首页</a> 菜单</nav><script>var year = 2020;</script>"
                + "<style>p { color: red }</style><h1>2020年政府信息公开工作年度报告</h1>"
                + "<p>一、总体情况<br>本年度，我局&nbsp;&nbsp;认真落实条例。</p>"
                + "<div style=\"display: none\">隐藏的段落</div><p hidden>也隐藏</p>"
                + "<div>二、主动公开政府信息情况<div>（一）主动公开</div>正文继续</div>"
                + "<table><tr><td>单列框架中的段落</td></tr><tr><td><p>三、收到和处理政府信息公开申请情况</p></td></tr></table>"
                + "<pre>  保留\n  换行</pre>"));

        assertThat(CorpusReportChecks.paragraphs(document)).containsExactly("2020年政府信息公开工作年度报告",
                "一、总体情况", "本年度，我局 认真落实条例。", "二、主动公开政府信息情况", "（一）主动公开", "正文继续",
                "单列框架中的段落", "三、收到和处理政府信息公开申请情况", "保留", "换行");
        assertThat(document.tables()).isEmpty();
        CorpusReportChecks.assertSourcesPointIntoText(document);
    }

    @Test
    void aPageOfMoreTagsThanItsTreeCanHoldIsReadUpToTheBudget() throws IOException {
        Path file = dir.resolve("cells.html");
        String start = "<html><body><p>一、总体情况</p><table>";
        Files.writeString(file, start + "<tr><td>1</td></tr>".repeat(HtmlReader.MAX_TAGS / 4 + 10) + "</table></body></html>",
                StandardCharsets.UTF_8);
        RawDocument document = reader.read(file, ReadOptions.DEFAULT);
        assertThat(CorpusReportChecks.paragraphs(document)).startsWith("一、总体情况");
        assertThat(document.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.partial()).isTrue();
            assertThat(p.message().key()).isEqualTo("problem.tooManyTags");
        });
    }

    @Test
    void aPageNestedFiftyThousandDeepIsReadWithoutADeepTreeAndSaysWhatItLost() throws IOException {
        Path file = dir.resolve("deep.html");
        int depth = 50_000;
        Files.writeString(file, "<html><body>" + "<div>".repeat(depth) + "<p>一、总体情况</p><table><tr><td>申请</td><td>12</td>"
                + "</tr><tr><td>答复</td><td>3</td></tr></table>" + "</div>".repeat(depth) + "</body></html>",
                StandardCharsets.UTF_8);
        RawDocument document = reader.read(file, ReadOptions.DEFAULT);
        // what lies past the depth browsers keep is not read as it stands, and that is said
        assertThat(document.text()).contains("一、总体情况");
        assertThat(document.problems()).containsExactly(Problem.partial(ProblemKind.DAMAGED,
                Text.of("problem.htmlNestedTooDeep", "deep.html", 512)));
    }

    @Test
    void aPageOverTheSizeLimitIsReadUpToItWithAPartialProblem() throws IOException {
        Path file = dir.resolve("long.html");
        String start = "<html><body><p>一、总体情况</p><p>本年度，我局认真落实条例。</p>";
        Files.writeString(file, start + "<p>附件正文</p>".repeat(1000) + "</body></html>", StandardCharsets.UTF_8);
        RawDocument document = new HtmlReader(start.getBytes(StandardCharsets.UTF_8).length + 40).read(file,
                ReadOptions.DEFAULT);
        assertThat(CorpusReportChecks.paragraphs(document)).startsWith("一、总体情况", "本年度，我局认真落实条例。")
                .hasSizeLessThan(5);
        // the part not read is a page too large, not a page cut short
        assertThat(document.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.partial()).isTrue();
            assertThat(p.message().key()).isEqualTo("problem.readInPart");
        });
    }

    /** Quoted-printable as Word writes web archives: lines of at most 76 characters, "=" escapes. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String encoded = c == '\n' ? "\r\n" : c >= 33 && c <= 126 && c != '=' || c == ' ' ? String.valueOf((char) c)
                    : String.format("=%02X", c);
            if (c != '\n' && lineLength + encoded.length() > 75) {
                out.append("=\r\n");
                lineLength = 0;
            }
            out.append(encoded);
            lineLength = c == '\n' ? 0 : lineLength + encoded.length();
        }
        return out.toString();
    }

    private Path page(String body) throws IOException {
        return Files.writeString(dir.resolve("page.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + body + "</body></html>");
    }


}
