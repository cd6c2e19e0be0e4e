package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.word.CorpusReportChecks.corpus;
import static org.reportauditor.ingest.word.CorpusReportChecks.readCleanly;
import static org.reportauditor.ingest.word.DocxBuilder.cell;
import static org.reportauditor.ingest.word.DocxBuilder.paragraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;

class DocxReaderTest {
    private static final String STYLES = """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
              <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="ChapterHeading"><w:basedOn w:val="Heading1"/></w:style>
            <w:style w:type="paragraph" w:styleId="HiddenNote"><w:rPr><w:vanish/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="HiddenChar"><w:rPr><w:vanish/></w:rPr></w:style>
            """;

    @TempDir
    Path dir;

    private final DocxReader reader = new DocxReader();

    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc"})
    void headingNumbersThatWordGeneratesReadAsPrinted(String format) throws IOException {
        RawDocument document = readWord(CorpusReportChecks.resource("ingest/word/generated-numbering." + format));

        assertThat(CorpusReportChecks.paragraphs(document)).containsSubsequence(
                "一、总体情况", "（一）主动公开情况", "（二）依申请公开情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "（一）不予公开的理由", "1. 属于国家秘密",
                "2. 其他法律行政法规禁止公开", "3. 危及“三安全一稳定”", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        CorpusReportChecks.assertSourcesPointIntoText(document);
    }

    @Test
    void listNumbersAreCountedPerListDefinitionAsWordDoes() throws IOException {
        String numbering = """
                <w:abstractNum w:abstractNumId="0">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
                  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
                </w:abstractNum>
                <w:abstractNum w:abstractNumId="1">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/></w:lvl>
                </w:abstractNum>
                <w:abstractNum w:abstractNumId="2">
                  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl>
                </w:abstractNum>
                <w:abstractNum w:abstractNumId="3">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>
                    <mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:suff w:val="space"/><w:lvlText w:val="%1"/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
                <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
                <w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
                <w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
                <w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>
                """;
        String body = heading("总体情况")
                + paragraph("本年度工作情况。")
                + numbered(1, 1, "主动公开") + numbered(1, 1, "依申请公开") + numbered(1, 2, "细项")
                + heading("主动公开政府信息情况")
                + numbered(1, 1, "重新编号")
                + numbered(2, 0, "甲") + numbered(2, 0, "乙")
                + numbered(3, 0, "要点")
                + paragraph("<w:pStyle w:val=\"ChapterHeading\"/>", "收到和处理政府信息公开申请情况")
                + numbered(4, 0, "政府信息公开行政复议、行政诉讼情况")
                + numbered(5, 0, "丙") + numbered(2, 0, "丁")
                + paragraph("<w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>", "无编号的标题")
                + numbered(99, 0, "未定义的编号")
                + numbered(6, 0, "零一")
                + heading("存在的主要问题及改进情况")
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr>"
                + "<w:tc>" + heading("其他需要报告的事项") + "</w:tc>" + cell("", "无") + "</w:tr></w:tbl>";
        RawDocument document = readCleanly(reader, DocxBuilder.body(body).styles(STYLES).numbering(numbering).writeTo(dir.resolve("lists.docx")));

        assertThat(CorpusReportChecks.paragraphs(document)).containsExactly(
                "一、总体情况", "本年度工作情况。", "（一）主动公开", "（二）依申请公开", "1. 细项",
                "二、主动公开政府信息情况", "（一）重新编号", "（1）甲", "（2）乙", "要点",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "（1）丙", "（2）丁",
                "无编号的标题", "未定义的编号", "01 零一", "五、存在的主要问题及改进情况");
        assertThat(document.tables().get(0).rows().get(0).get(0).text()).isEqualTo("六、其他需要报告的事项");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc"})
    void aTableInsideALayoutTableIsATableOfItsOwnBetweenTheFramesProse(String format) throws IOException {
        RawDocument document = readWord(CorpusReportChecks.resource("ingest/word/nested-table." + format));

        assertThat(document.tables()).hasSize(1);
        assertThat(CorpusReportChecks.describe(document.tables().get(0))).containsExactly(
                List.of("0,0 2x2 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "0,2 1x2 申请人情况"),
                List.of("1,2 1x1 自然人", "1,3 1x1 总计"),
                List.of("2,0 1x2 一、本年新收政府信息公开申请数量", "2,2 1x1 12", "2,3 1x1 12"),
                List.of("3,0 2x1 三、本年度办理结果", "3,1 1x1 （一）予以公开", "3,2 1x1 7", "3,3 1x1 7"),
                List.of("4,1 1x1 （二）部分公开", "4,2 1x1 5", "4,3 1x1 "));
        List<String> order = document.blocks().stream()
                .map(block -> block instanceof TextBlock text ? text.text() : "<table>").toList();
        assertThat(order).containsSubsequence("2022年政府信息公开工作年度报告", "导读", "一、总体情况",
                "三、收到和处理政府信息公开申请情况", "<table>", "四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项");
        CorpusReportChecks.assertSourcesPointIntoText(document);
    }

    @Test
    void mergesAsWpsWritesThemKeepAFaithfulGrid() throws IOException {
        String grid = "<w:tblGrid>" + "<w:gridCol w:w=\"2000\"/>".repeat(4) + "</w:tblGrid>";
        String vMergeRestart = "<w:vMerge w:val=\"restart\"/>";
        String vMergeContinue = "<w:vMerge/>";
        String span2 = "<w:gridSpan w:val=\"2\"/>";
        String noBorders = "<w:tcBorders><w:left w:val=\"nil\"/><w:right w:val=\"nil\"/></w:tcBorders>";
        String rows = row(cell(vMergeRestart, "项目") + cell("", "甲") + cell(span2 + vMergeRestart, "乙丙"))
                // WPS covers merged cells with an empty run or a no-break space and may spell out "continue"
                + row("<w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p><w:r><w:t></w:t></w:r></w:p></w:tc>"
                        + cell("", "1") + cell(span2 + vMergeContinue, "\u00A0"))
                // a "continuation" holding text is a cell of its own; an empty middle cell stays
                + row(cell(vMergeContinue, "续写") + cell("", "2") + cell("", "") + cell("", "3"))
                // WPS marks every cell of a vertical run as continuing, the first one too
                + row(cell("", "合计") + cell(vMergeContinue, "4") + cell("", "5") + cell("", "6"))
                + row(cell("", "小计") + cell(vMergeContinue, "") + cell("<w:hMerge w:val=\"restart\"/>", "横向")
                        + cell("<w:hMerge/>", ""))
                + row("<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>", cell("", "7") + cell("", "8") + cell("", "9"))
                + row("<w:trPr><w:wBefore w:w=\"2000\" w:type=\"dxa\"/></w:trPr>", cell("", "10") + cell(span2, "11"))
                + row("<w:trPr><w:gridAfter w:val=\"2\"/></w:trPr>", cell("", "\u00A012\u3000") + cell("", "13"))
                // cells that look merged (no border between them) are separate cells
                + row(cell("", "14") + cell(noBorders, "") + cell(noBorders, "") + cell("", "15"))
                // a continuation narrower than the cell above does not continue it
                + row(cell(span2 + vMergeRestart, "宽格") + cell("", "16") + cell("", "17"))
                + row(cell(vMergeContinue, "") + cell("", "") + cell("", "18") + cell("", "19"));
        RawDocument document = readCleanly(reader, DocxBuilder.body("<w:tbl>" + grid + rows + "</w:tbl>").writeTo(dir.resolve("wps.docx")));

        assertThat(CorpusReportChecks.describe(document.tables().get(0))).containsExactly(
                List.of("0,0 2x1 项目", "0,1 1x1 甲", "0,2 2x2 乙丙"),
                List.of("1,1 1x1 1"),
                List.of("2,0 1x1 续写", "2,1 1x1 2", "2,2 1x1 ", "2,3 1x1 3"),
                List.of("3,0 1x1 合计", "3,1 2x1 4", "3,2 1x1 5", "3,3 1x1 6"),
                List.of("4,0 1x1 小计", "4,2 1x2 横向"),
                List.of("5,1 1x1 7", "5,2 1x1 8", "5,3 1x1 9"),
                List.of("6,1 1x1 10", "6,2 1x2 11"),
                List.of("7,0 1x1 12", "7,1 1x1 13"),
                List.of("8,0 1x1 14", "8,1 1x1 ", "8,2 1x1 ", "8,3 1x1 15"),
                List.of("9,0 1x2 宽格", "9,2 1x1 16", "9,3 1x1 17"),
                List.of("10,0 1x1 ", "10,1 1x1 ", "10,2 1x1 18", "10,3 1x1 19"));
        CorpusReportChecks.assertSourcesPointIntoText(document);
    }

    @Test
    void hiddenTextFieldCodesBookmarksAndDeletionsDoNotLeakIntoTheText() throws IOException {
        String body = "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:r><w:t>一、总体情况</w:t></w:r>"
                + "<w:bookmarkEnd w:id=\"0\"/></w:p>"
                + "<w:p><w:r><w:t>本年度</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏的批注）</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle w:val=\"HiddenChar\"/></w:rPr><w:t>样式隐藏</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle w:val=\"HiddenChar\"/><w:vanish w:val=\"0\"/></w:rPr><w:t>共收到</w:t></w:r>"
                + "<w:r><w:t>申请</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>12</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>15</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGE \\* MERGEFORMAT </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r></w:p>"
                + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 1 \"首页\" \"其他\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>首页</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + "<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;http://www.example.gov.cn&quot; \"><w:r><w:t>门户网站</w:t></w:r>"
                + "</w:fldSimple><w:hyperlink r:id=\"rId9\"><w:r><w:t>政务公开专栏</w:t></w:r></w:hyperlink></w:p>"
                + paragraph("<w:pStyle w:val=\"HiddenNote\"/>", "整段隐藏的说明")
                + "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
                + paragraph("文本框") + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline>"
                + "</w:drawing></w:r><w:r><w:t>图后正文</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>二、主动公开政府信息情况</w:t><w:br/><w:t>本年度主动公开信息120条。</w:t></w:r></w:p>"
                + "<w:sdt><w:sdtPr/><w:sdtContent>" + paragraph("内容控件中的段落") + "</w:sdtContent></w:sdt>"
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr>"
                + "<w:tc><w:p><w:r><w:t>结</w:t><w:br/><w:t>果</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>维持</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>1</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>0</w:t></w:r></w:p></w:tc>"
                + "</w:tr></w:tbl>";
        RawDocument document = readCleanly(reader, DocxBuilder.body(body).styles(STYLES).writeTo(dir.resolve("marks.docx")));

        assertThat(CorpusReportChecks.paragraphs(document)).containsExactly("一、总体情况", "本年度共收到申请15件。",
                "见第3页", "首页", "门户网站政务公开专栏", "图后正文", "二、主动公开政府信息情况", "本年度主动公开信息120条。",
                "内容控件中的段落");
        assertThat(CorpusReportChecks.describe(document.tables().get(0)))
                .containsExactly(List.of("0,0 1x1 结\n果\n维持", "0,1 1x1 1"));
        assertThat(document.text()).doesNotContain("bookmark", "_GoBack", "PAGE", "HYPERLINK", "隐藏", "申请12", "文本框");
        CorpusReportChecks.assertSourcesPointIntoText(document);
    }

    @Test
    void strictOoxmlReadsLikeTransitional() throws IOException {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String body = heading("总体情况") + "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + row(cell("<w:vMerge w:val=\"restart\"/>", "合并") + cell("", "1"))
                + row(cell("<w:vMerge/>", "") + cell("", "2")) + "</w:tbl>";
        Path file = DocxBuilder.body(body).styles(STYLES).numbering(numbering).strict().writeTo(dir.resolve("strict.docx"));

        RawDocument document = readCleanly(reader, file);

        assertThat(CorpusReportChecks.paragraphs(document)).containsExactly("一、总体情况");
        assertThat(CorpusReportChecks.describe(document.tables().get(0)))
                .containsExactly(List.of("0,0 2x1 合并", "0,1 1x1 1"), List.of("1,1 1x1 2"));
    }

    @Test
    void aBookmarkMarkerLeftAsTextByAnEarlierConversionIsDropped() throws IOException {
        RawDocument document = readCleanly(reader, corpus("002_9d21c23fe3a15276.docx"));

        assertThat(document.text()).doesNotContain("[bookmark");
        assertThat(CorpusReportChecks.paragraphs(document)).anyMatch(text -> text.startsWith("主要问题："));
    }

    @Test
    void aZipWithGarbageAfterItsHeaderIsDamaged() {
        RawDocument document = readers().read(CorpusReportChecks.resource("reports/bad/fake.docx"));

        assertThat(document.problems()).containsExactly(
                new Problem(ProblemKind.DAMAGED, Text.of("problem.damaged", "fake.docx", "Word")));
    }

    @Test
    void anEmptyFileIsEmpty() {
        RawDocument document = readers().read(CorpusReportChecks.resource("reports/bad/zero-bytes.docx"));

        assertThat(document.problems()).extracting(Problem::kind).containsExactly(ProblemKind.EMPTY);
    }

    @Test
    void aSpreadsheetIsNotAWordDocument() throws IOException {
        Path file = dir.resolve("report.docx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("统计表").createRow(0).createCell(0).setCellValue("本年新收政府信息公开申请数量");
            workbook.write(out);
        }

        assertThat(readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.UNSUPPORTED, Text.of("problem.unsupported", "report.docx", "Excel")));
    }

    @Test
    void anOpenDocumentTextIsRefusedAsSuch() {
        RawDocument document = readers().read(CorpusReportChecks.resource("ingest/word/opendocument-text.odt"));

        assertThat(document.problems()).containsExactly(new Problem(ProblemKind.UNSUPPORTED,
                Text.of("problem.unsupported", "opendocument-text.odt", "OpenDocument")));
    }

    @Test
    void aPlainZipArchiveIsRefused() throws IOException {
        Path file = dir.resolve("archive.docx");
        writeZip(file, "readme.txt", "不是 Word 文档".getBytes(StandardCharsets.UTF_8));

        assertThat(readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.UNSUPPORTED, Text.of("problem.unsupported", "archive.docx", "ZIP")));
    }

    @Test
    void brokenXmlInsideAValidPackageIsDamaged() throws IOException {
        Path file = DocxBuilder.body("<w:p><w:r><w:t>未闭合").writeTo(dir.resolve("broken.docx"));

        assertThat(readers().read(file).problems()).containsExactly(
                new Problem(ProblemKind.DAMAGED, Text.of("problem.damaged", "broken.docx", "Word")));
    }

    @Test
    void xmlThatInflatesBeyondTheLimitIsRefusedBeforeParsing() throws IOException {
        Path file = DocxBuilder.body(paragraph(" ".repeat(3 * 1024 * 1024))).writeTo(dir.resolve("bomb.docx"));
        assertThat(Files.size(file)).isLessThan(100 * 1024);

        RawDocument document = new DocxReader(10L * 1024 * 1024, 1024 * 1024).read(file, ReadOptions.DEFAULT);

        assertThat(document.problems()).containsExactly(
                new Problem(ProblemKind.TOO_LARGE, Text.of("problem.contentTooLarge", "bomb.docx", 1L)));
    }

    @Test
    void aFileOverTheSizeLimitIsNotOpened() throws IOException {
        CorpusReportChecks.assertTooLarge(reader, dir, "huge.docx", 201, 200);
    }


    /** A .docx or .doc file, read by the reader of its kind, with no problem. */
    private static RawDocument readWord(Path file) {
        RawDocument document = readers().read(file);
        assertThat(document.problems()).isEmpty();
        return document;
    }

    static DocumentReaders readers() {
        return new DocumentReaders(Map.of(DocumentKind.DOCX, new DocxReader(), DocumentKind.DOC, new DocReader()));
    }

    private static String heading(String text) {
        return paragraph("<w:pStyle w:val=\"Heading1\"/>", text);
    }

    private static String numbered(int numId, int level, String text) {
        return paragraph("<w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>", text);
    }

    private static String row(String cells) {
        return "<w:tr>" + cells + "</w:tr>";
    }

    private static String row(String properties, String cells) {
        return "<w:tr>" + properties + cells + "</w:tr>";
    }

    static void writeZip(Path file, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
    }
}
