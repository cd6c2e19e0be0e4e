package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.testing.ReportFiles;

/** The report fixtures and their answer keys, and what tests compare of them. */
final class ReportFixtures {
    static final Path REPORTS = Path.of("src/test/resources/reports");
    static final Path BAD = REPORTS.resolve("bad");

    private ReportFixtures() {
    }

    /** Each report is read once for all the tests that look at it: reading is what they look at, not how. */
    private static final Map<Path, RawDocument> READ = new ConcurrentHashMap<>();

    /** The corpus and real PDFs, each of which has an answer key beside it. */
    static List<Path> reportPdfs() {
        List<Path> pdfs = new ArrayList<>();
        for (String folder : List.of("corpus", "real")) {
            pdfs.addAll(pdfsIn(folder));
        }
        return pdfs;
    }

    /** The PDFs of a fixture folder, by name. */
    static List<Path> pdfsIn(String folder) {
        return ReportFiles.in(folder, ".pdf");
    }

    /** A report PDF as the reader reads it, which must raise no problem. */
    static RawDocument read(Path pdf) {
        RawDocument document = READ.computeIfAbsent(pdf, f -> new PdfDocumentReader().read(f, ReadOptions.DEFAULT));
        assertThat(document.problems()).as(pdf.toString()).isEmpty();
        return document;
    }

    /** The non-empty cell texts of a report's key, normalised as {@link #plainNumber} does. */
    static Map<String, Long> keyNumbers(Path pdf) throws IOException {
        String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", ".expected.json");
        JsonNode cells = new ObjectMapper().readTree(pdf.resolveSibling(name).toFile()).get("cells");
        List<String> texts = new ArrayList<>();
        cells.forEach(cell -> {
            JsonNode text = cell.get("text");
            String value = text != null && !text.isNull() ? text.asText() : cell.path("value").asText("");
            String number = plainNumber(value);
            if (number != null) {
                texts.add(number);
            }
        });
        return count(texts);
    }

    /** The texts of a document's table cells that are plain numbers, counted. */
    static Map<String, Long> tableNumbers(RawDocument document) {
        return count(cells(document).stream().map(c -> plainNumber(c.text())).filter(n -> n != null).toList());
    }

    static List<RawCell> cells(RawDocument document) {
        return document.tables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream).toList();
    }

    static List<String> compactCellTexts(TableBlock table) {
        return table.rows().stream().flatMap(List::stream).map(c -> compact(c.text())).toList();
    }

    /** The tables of a document that hold rows of the section 三 table. */
    static List<TableBlock> applicationTables(RawDocument document) {
        return document.tables().stream().filter(t -> compactCellTexts(t).stream().anyMatch(
                text -> text.startsWith("一、本年新收") || text.contains("其他处理") || text.contains("（七）总计")))
                .toList();
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The text as a number without whitespace and thousands separators, or null if it is none. */
    static String plainNumber(String text) {
        String compact = compact(text).replace(",", "").replace("，", "");
        return compact.matches("-?\\d+(\\.\\d+)?") ? compact : null;
    }

    private static Map<String, Long> count(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
