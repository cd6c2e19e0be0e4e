package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reportauditor.ingest.Block;
import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.Text;
import org.reportauditor.testing.ReportFiles;

/**
 * What every reader must get from a corpus report, checked against the report's answer key
 * ({@code NNN.expected.json}) and its seed text ({@code seeds/NNN.txt}, for the section headings).
 */
public final class CorpusReportChecks {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "[一二三四五六]、(总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况"
                    + "|存在的主要问题.*|.*报告的事项)");
    private static final List<String> APPLICATION_COLUMNS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_services", "other_org", "total");
    private static final List<String> RESULT_ROW_PREFIXES = List.of("disclosed", "partially_disclosed", "withheld.",
            "unavailable.", "not_processed.", "other", "total");

    private CorpusReportChecks() {
    }

    /** The corpus files with the given extension, sorted. */
    public static List<Path> corpusFiles(String extension) {
        return ReportFiles.in("corpus", "." + extension);
    }

    /** A report of the corpus fixtures. */
    public static Path corpus(String name) {
        return resource("reports/corpus/" + name);
    }

    /** A file as the reader reads it, which must raise no problem. */
    public static RawDocument readCleanly(DocumentReader reader, Path file) throws IOException {
        RawDocument document = reader.read(file, ReadOptions.DEFAULT);
        assertThat(document.problems()).as(file.toString()).isEmpty();
        return document;
    }

    /**
     * A file of {@code mib} megabytes (sparse: nothing is written) is refused as larger than the
     * reader's {@code limitMib}, unread.
     */
    public static void assertTooLarge(DocumentReader reader, Path dir, String name, long mib, long limitMib)
            throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(mib * 1024 * 1024);
        }
        assertThat(reader.read(file, ReadOptions.DEFAULT).problems()).containsExactly(
                new Problem(ProblemKind.TOO_LARGE, Text.of("problem.fileTooLarge", name, mib, limitMib)));
    }

    public static Path resource(String name) {
        URL url = CorpusReportChecks.class.getClassLoader().getResource(name);
        assertThat(url).as("test resource %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer key's cells: id to the text the file prints. */
    public static Map<String, String> keyTexts(Path reportFile) {
        String base = reportFile.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        try {
            JsonNode cells = new ObjectMapper().readTree(reportFile.resolveSibling(base + ".expected.json").toFile())
                    .get("cells");
            Map<String, String> texts = new HashMap<>();
            cells.fields().forEachRemaining(entry -> texts.put(entry.getKey(), entry.getValue().get("text").asText()));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All checks at once. */
    public static void assertReadsLikeItsKey(RawDocument document, Path reportFile) {
        assertThat(document.problems()).isEmpty();
        Map<String, String> key = keyTexts(reportFile);
        assertNumbersMatchKey(document, key);
        assertLabelsAreCells(document, key);
        assertSectionHeadingsInOrder(document, seedHeadings(reportFile));
        assertSourcesPointIntoText(document);
    }

    /**
     * The table cells holding a plain number are exactly the key's numbers (as multisets); the key's
     * other texts ("14个", "435.1万") are cells too.
     */
    public static void assertNumbersMatchKey(RawDocument document, Map<String, String> key) {
        List<String> expected = new ArrayList<>();
        List<String> otherTexts = new ArrayList<>();
        for (String text : key.values()) {
            String compact = compactNumber(text);
            if (compact.isEmpty()) {
                continue;
            }
            (PLAIN_NUMBER.matcher(compact).matches() ? expected : otherTexts).add(compact);
        }
        List<String> cellTexts = cells(document).stream().map(cell -> compactNumber(cell.text())).toList();
        List<String> numbers = cellTexts.stream().filter(text -> PLAIN_NUMBER.matcher(text).matches()).toList();
        assertThat(expected).as("numbers of the key").isNotEmpty();
        assertThat(numbers).as("numeric cells").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(cellTexts).as("non-numeric key cells").containsAll(otherTexts);
    }

    /**
     * The result rows' label is one cell spanning all of them, and the partially-disclosed row holds
     * its label followed by its seven numbers.
     */
    public static void assertLabelsAreCells(RawDocument document, Map<String, String> key) {
        long resultRows = key.keySet().stream().filter(id -> id.startsWith("applications/"))
                .map(id -> id.split("/")[1]).distinct()
                .filter(row -> RESULT_ROW_PREFIXES.stream().anyMatch(row::startsWith)).count();
        RawCell results = findCell(document, "三、本年度办理结果");
        assertThat(results.rowSpan()).as("rows of 三、本年度办理结果").isEqualTo((int) resultRows);

        TableBlock table = tableWith(document, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        RawCell label = findCell(document, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        List<String> after = table.rows().get(label.row()).stream().filter(cell -> cell.col() > label.col())
                .map(cell -> compactNumber(cell.text())).toList();
        List<String> expected = APPLICATION_COLUMNS.stream()
                .map(column -> compactNumber(key.getOrDefault("applications/partially_disclosed/" + column, ""))).toList();
        assertThat(after).as("numbers after the partially-disclosed label").isEqualTo(expected);
    }

    /** The section headings of the seed text, in its order. */
    public static List<String> seedHeadings(Path reportFile) {
        String base = reportFile.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        try {
            return Files.readAllLines(resource("reports/seeds/" + base + ".txt"), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> SECTION_HEADING.matcher(line).matches()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each heading is a paragraph of its own, in order; the article-20 table stands after 二, the
     * applications table after 三, the reviews table after 四, each before the next heading.
     */
    public static void assertSectionHeadingsInOrder(RawDocument document, List<String> headings) {
        assertThat(headings).hasSizeGreaterThanOrEqualTo(4);
        List<Block> blocks = document.blocks();
        List<Integer> positions = new ArrayList<>();
        for (String heading : headings) {
            int position = indexOfParagraph(blocks, heading);
            assertThat(position).as("paragraph %s", heading).isNotNegative();
            positions.add(position);
        }
        assertThat(positions).as("heading positions").isSorted();
        assertTableBetween(blocks, "第二十条", positions.get(1), positions.get(2));
        assertTableBetween(blocks, "本年度办理结果", positions.get(2), positions.get(3));
        int afterReviews = positions.size() > 4 ? positions.get(4) : blocks.size();
        assertTableBetween(blocks, "行政复议", positions.get(3), afterReviews);
    }

    /** Every block's source is its range of the extracted text; a cell's source also names its table and place. */
    public static void assertSourcesPointIntoText(RawDocument document) {
        String text = document.text();
        int tableIndex = 0;
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock paragraph) {
                SourceLocation.TextRange range = (SourceLocation.TextRange) paragraph.paragraph().source();
                assertThat(text.substring(range.offset(), range.end())).isEqualTo(paragraph.text());
            } else if (block instanceof TableBlock table) {
                for (List<RawCell> row : table.rows()) {
                    for (RawCell cell : row) {
                        SourceLocation.TextRange range = (SourceLocation.TextRange) cell.source();
                        assertThat(text.substring(range.offset(), range.end())).isEqualTo(cell.text().replace('\n', ' '));
                        assertThat(List.of(range.table(), range.row(), range.col()))
                                .isEqualTo(List.of(tableIndex, cell.row(), cell.col()));
                    }
                }
                tableIndex++;
            }
        }
    }

    /** The number as the key compares it: no white space, no thousands separators. */
    public static String compactNumber(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000,]", "");
    }

    public static List<RawCell> cells(RawDocument document) {
        return document.tables().stream().flatMap(table -> table.rows().stream()).flatMap(List::stream).toList();
    }

    public static RawCell findCell(RawDocument document, String text) {
        return cells(document).stream().filter(cell -> cell.text().replaceAll("\\s", "").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text));
    }

    public static TableBlock tableWith(RawDocument document, String text) {
        return document.tables().stream()
                .filter(table -> table.rows().stream().flatMap(List::stream)
                        .anyMatch(cell -> cell.text().replaceAll("\\s", "").contains(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no table with " + text));
    }

    public static List<String> paragraphs(RawDocument document) {
        return document.textBlocks().stream().map(TextBlock::text).toList();
    }

    /** The rows of a table as texts, for comparing grids. */
    public static List<List<String>> describe(TableBlock table) {
        return table.rows().stream().map(row -> row.stream()
                .map(cell -> cell.row() + "," + cell.col() + " " + cell.rowSpan() + "x" + cell.colSpan() + " " + cell.text())
                .toList()).toList();
    }

    private static int indexOfParagraph(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TextBlock paragraph && paragraph.text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static void assertTableBetween(List<Block> blocks, String cellText, int from, int to) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TableBlock table && table.rows().stream().flatMap(List::stream)
                    .anyMatch(cell -> cell.text().contains(cellText))) {
                found.add(i);
            }
        }
        assertThat(found).as("table with %s", cellText).isNotEmpty().allMatch(i -> i > from && i < to);
    }
}
