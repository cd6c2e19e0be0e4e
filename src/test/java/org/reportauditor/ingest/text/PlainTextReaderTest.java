package org.reportauditor.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.ingest.word.CorpusReportChecks;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.SourceLocation;

class PlainTextReaderTest {
    private static final String REPORT = "某局2020年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
            + "规章\t0\t1\t2\n规范性文件\t3\t4\t5\n";
    private final DocumentReaders readers = new DocumentReaders(Map.of(DocumentKind.TEXT, new PlainTextReader()));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8-BOM", "GB18030", "GBK", "UTF-16LE", "UTF-16BE", "UTF-16-BOM"})
    void everyUsualEncodingIsDetected(String encoding) throws IOException {
        byte[] bytes = switch (encoding) {
            case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, REPORT.getBytes(StandardCharsets.UTF_8));
            case "UTF-16-BOM" -> REPORT.getBytes(StandardCharsets.UTF_16);
            default -> REPORT.getBytes(Charset.forName(encoding));
        };
        Path file = dir.resolve(encoding + ".txt");
        Files.write(file, bytes);
        RawDocument doc = readers.read(file);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.text()).isEqualTo(REPORT);
        assertThat(doc.textBlocks()).extracting(TextBlock::text).startsWith("某局2020年政府信息公开工作年度报告", "一、总体情况");
    }

    @Test
    void tabSeparatedRowsAreRowsAndEveryCellKnowsWhereItIs() throws IOException {
        Path file = dir.resolve("tabs.txt");
        Files.writeString(file, REPORT);
        RawDocument doc = readers.read(file);
        TableBlock table = doc.tables().get(0);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1)).extracting(RawCell::text).containsExactly("规范性文件", "3", "4", "5");
        for (List<RawCell> row : table.rows()) {
            for (RawCell c : row) {
                SourceLocation.TextRange r = (SourceLocation.TextRange) c.source();
                assertThat(doc.text().substring(r.offset(), r.end())).isEqualTo(c.text());
            }
        }
    }

    @Test
    void cellPerLineTablesKeepBlanksAndJoinWrappedCells() throws IOException {
        String text = "三、收到和处理政府信息公开申请情况\n\t三、本年度办理结果\n\t（三）不予\n\n公开\n\t1.属于国家秘密\n\t0\n\t　\n\t2\n\n"
                + "\t结\n果\n维\n持\n\t结果纠正\n\n四、政府信息公开行政复议、行政诉讼情况\n";
        Path file = dir.resolve("cells.txt");
        Files.writeString(file, text);
        RawDocument doc = readers.read(file);
        assertThat(doc.tables()).hasSize(1);
        List<List<RawCell>> rows = doc.tables().get(0).rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).extracting(RawCell::text)
                .containsExactly("三、本年度办理结果", "（三）不予\n公开", "1.属于国家秘密", "0", "", "2");
        assertThat(rows.get(1)).extracting(RawCell::text).containsExactly("结\n果\n维\n持", "结果纠正");
        assertThat(doc.textBlocks()).extracting(TextBlock::text).containsExactly("三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况");
    }

    @Test
    void theGbkCopyOfAReportReadsExactlyLikeTheOriginal() throws URISyntaxException {
        Path gbk = Path.of(getClass().getResource("/reports/bad/gbk-encoded-report.txt").toURI());
        Path original = Path.of(getClass().getResource("/reports/seeds/004_32ee79c535f7b1d7.txt").toURI());
        RawDocument a = readers.read(gbk);
        RawDocument b = readers.read(original);
        assertThat(a.text()).isEqualTo(b.text());
        assertThat(a.blocks()).isEqualTo(b.blocks());
    }

    @Test
    void anEmptyFileIsAProblemNamingIt() throws URISyntaxException {
        Path empty = Path.of(getClass().getResource("/reports/bad/empty.txt").toURI());
        RawDocument doc = readers.read(empty);
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.EMPTY);
            assertThat(p.message().args()).contains("empty.txt");
        });
    }

    @Test
    void aTextFileOverTheLimitIsReadUpToItWithAPartialProblem() throws IOException {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, "一、总体情况\n本年度，我局认真落实条例。\n" + "附件正文\n".repeat(100), StandardCharsets.UTF_8);
        RawDocument doc = new DocumentReaders(Map.of(DocumentKind.TEXT, new PlainTextReader(60))).read(file);
        assertThat(doc.text()).startsWith("一、总体情况\n本年度").hasSizeLessThanOrEqualTo(60);
        assertThat(doc.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.partial()).isTrue();
            assertThat(p.message().key()).isEqualTo("problem.readInPart");
            assertThat(p.message().args()).first().isEqualTo("long.txt");
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
