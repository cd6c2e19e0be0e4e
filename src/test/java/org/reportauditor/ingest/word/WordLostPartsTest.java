package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.word.DocxBuilder.paragraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.Main;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;

/**
 * A part of a Word file that could not be read (an embedded object, a damaged part, a table POI
 * cannot parse, content nested past the limit) is a partial problem naming the part; the rest is
 * read, and the findings its absence could cause are withheld, as for a PDF's damaged page.
 */
class WordLostPartsTest {
    private static final String OLE_OBJECT = "<w:p><w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " Type=\"Embed\" ProgID=\"Excel.Sheet.12\" r:id=\"rId90\"/></w:object></w:r></w:p>";
    private static final String CORPUS_REPORT = "000_e778331bfbf8b1ad.docx";

    private final DocxReader reader = new DocxReader();

    @Test
    void anEmbeddedObjectIsAPartNotReadNamedByItsPart(@TempDir Path dir) throws IOException {
        DocxBuilder document = DocxBuilder.body(paragraph("一、总体情况") + OLE_OBJECT)
                .relationship("rId90", "oleObject", "embeddings/Microsoft_Excel_Worksheet.xlsx")
                .entry("word/embeddings/Microsoft_Excel_Worksheet.xlsx", "not a workbook".getBytes(StandardCharsets.US_ASCII));
        assertOnePartLost(document, dir.resolve("object.docx"), ProblemKind.UNSUPPORTED, "problem.embeddedObject",
                "/word/embeddings/Microsoft_Excel_Worksheet.xlsx");
    }

    @Test
    void aDamagedStylesPartIsAPartLostAndTheTextIsStillRead(@TempDir Path dir) throws IOException {
        DocxBuilder document = DocxBuilder.body(paragraph("一、总体情况")).styles("<w:style w:styleId=\"a\"><w:name");
        assertOnePartLost(document, dir.resolve("styles.docx"), ProblemKind.DAMAGED, "problem.partUnread", "/word/styles.xml");
    }

    @Test
    void contentNestedPastTheLimitIsSaidToBeLost(@TempDir Path dir) throws IOException {
        String nested = "<w:sdt><w:sdtContent>".repeat(30) + paragraph("深处") + "</w:sdtContent></w:sdt>".repeat(30);
        RawDocument read = assertOnePartLost(DocxBuilder.body(paragraph("一、总体情况") + nested), dir.resolve("deep.docx"),
                ProblemKind.DAMAGED, "problem.nestedTooDeep", 24);
        assertThat(read.text()).doesNotContain("深处");
    }

    /** Reads the document written to {@code file}: the one problem is the part lost, and the rest is read. */
    private RawDocument assertOnePartLost(DocxBuilder document, Path file, ProblemKind kind, String key, Object part)
            throws IOException {
        RawDocument read = reader.read(document.writeTo(file), ReadOptions.DEFAULT);
        assertThat(read.problems()).containsExactly(Problem.partial(kind, Text.of(key, file.getFileName().toString(), part)));
        assertThat(read.text()).contains("一、总体情况");
        return read;
    }

    @Test
    void aReportWhoseTableIsAnEmbeddedObjectIsNotBlamedForTheMissingTable(@TempDir Path dir) throws IOException {
        Path original = CorpusReportChecks.corpus(CORPUS_REPORT);
        // the last table (administrative reviews and lawsuits) left out, with and without an object in its place
        Path without = rewrite(original, dir.resolve("without.docx"), xml -> withoutLastTable(xml, ""), Map.of());
        Path embedded = rewrite(original, dir.resolve("embedded.docx"), xml -> withoutLastTable(xml, OLE_OBJECT),
                Map.of("word/embeddings/sheet.xlsx", new byte[] {1, 2, 3}));

        AuditResult blamed = Main.auditor().audit(without);
        AuditResult notBlamed = Main.auditor().audit(embedded);

        assertThat(blamed.findings()).extracting(Finding::rule).contains("missing-table");
        assertThat(notBlamed.report().problems()).containsExactly(Problem.partial(ProblemKind.UNSUPPORTED,
                Text.of("problem.embeddedObject", "embedded.docx", "/word/embeddings/sheet.xlsx")));
        assertThat(notBlamed.findings()).extracting(Finding::rule)
                .doesNotContain("missing-table", "missing-row").contains("unread-part");
    }

    @Test
    void aDocWithAnEmbeddedObjectSaysSoAndIsReadAsBefore(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("object.doc");
        try (InputStream in = Files.newInputStream(CorpusReportChecks.corpus("000_e778331bfbf8b1ad.doc"));
             POIFSFileSystem container = new POIFSFileSystem(in)) {
            DirectoryEntry object = container.getRoot().createDirectory("ObjectPool").createDirectory("_1234567");
            object.createDocument("\u0001Ole", new java.io.ByteArrayInputStream(new byte[20]));
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }

        RawDocument read = new DocReader().read(file, ReadOptions.DEFAULT);

        assertThat(read.problems()).containsExactly(Problem.partial(ProblemKind.UNSUPPORTED,
                Text.of("problem.embeddedObject", "object.doc", "ObjectPool/_1234567")));
        assertThat(read.tables()).isNotEmpty();
    }

    private static String withoutLastTable(String documentXml, String inItsPlace) {
        int start = documentXml.lastIndexOf("<w:tbl>");
        int end = documentXml.indexOf("</w:tbl>", start) + "</w:tbl>".length();
        return documentXml.substring(0, start) + inItsPlace + documentXml.substring(end);
    }

    /**
     * A copy of a .docx with its document rewritten, the relationship rId90 to embeddings/sheet.xlsx
     * and the content type of workbooks added, and {@code added} entries.
     */
    private static Path rewrite(Path original, Path copy, UnaryOperator<String> document, Map<String, byte[]> added)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(original.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        String xml = new String(entries.get("word/document.xml"), StandardCharsets.UTF_8);
        entries.put("word/document.xml", document.apply(xml).getBytes(StandardCharsets.UTF_8));
        String relationships = new String(entries.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8)
                .replace("</Relationships>", "<Relationship Id=\"rId90\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/oleObject\" Target=\"embeddings/sheet.xlsx\"/></Relationships>");
        entries.put("word/_rels/document.xml.rels", relationships.getBytes(StandardCharsets.UTF_8));
        String types = new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("</Types>", DocxBuilder.EMBEDDED_WORKBOOK + "</Types>");
        entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        entries.putAll(added);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return copy;
    }
}
