package org.reportauditor.ingest.word;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal but complete .docx package from WordprocessingML snippets, so that a test can
 * state exactly the markup a writer (Word, WPS) produces: merges, numbering, fields, hidden runs.
 */
final class DocxBuilder {
    static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /** The content type of the workbooks a document embeds, which a package must declare for every part. */
    static final String EMBEDDED_WORKBOOK = "<Default Extension=\"xlsx\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final String body;
    private String namespaces = NAMESPACES;
    private String styles;
    private String numbering;
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
    private final StringBuilder extraRelationships = new StringBuilder();

    private DocxBuilder(String body) {
        this.body = body;
    }

    /** A document whose {@code w:body} holds {@code bodyXml}. */
    static DocxBuilder body(String bodyXml) {
        return new DocxBuilder(bodyXml);
    }

    /** Writes the parts in the namespace of strict OOXML (ISO 29500 strict), as Word's "Strict Open XML" does. */
    DocxBuilder strict() {
        this.namespaces = NAMESPACES.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "http://purl.oclc.org/ooxml/wordprocessingml/main");
        return this;
    }

    /** The content of {@code w:styles}. */
    DocxBuilder styles(String stylesXml) {
        this.styles = stylesXml;
        return this;
    }

    /** The content of {@code w:numbering}. */
    DocxBuilder numbering(String numberingXml) {
        this.numbering = numberingXml;
        return this;
    }

    /** An entry of the package beyond the parts above (an embedded object, a picture), or one in place of one of them. */
    DocxBuilder entry(String name, byte[] content) {
        extraEntries.put(name, content);
        return this;
    }

    /** A relationship of the main document to {@code target} (relative to word/), of the given type. */
    DocxBuilder relationship(String id, String type, String target) {
        extraRelationships.append("<Relationship Id=\"" + id + "\" Type=\"" + RELATIONSHIPS + type + "\" Target=\""
                + target + "\"/>");
        return this;
    }

    Path writeTo(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        StringBuilder overrides = new StringBuilder("<Override PartName=\"/word/document.xml\" ContentType=\"" + MAIN + "\"/>");
        StringBuilder relationships = new StringBuilder();
        if (styles != null) {
            overrides.append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.styles+xml\"/>");
            relationships.append("<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "styles\" Target=\"styles.xml\"/>");
            entries.put("word/styles.xml", "<w:styles " + namespaces + ">" + styles + "</w:styles>");
        }
        if (numbering != null) {
            overrides.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.numbering+xml\"/>");
            relationships.append("<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "numbering\" Target=\"numbering.xml\"/>");
            entries.put("word/numbering.xml", "<w:numbering " + namespaces + ">" + numbering + "</w:numbering>");
        }
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + EMBEDDED_WORKBOOK + overrides
                + "</Types>");
        entries.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        entries.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationships + extraRelationships + "</Relationships>");
        entries.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + namespaces
                + "><w:body>" + body + "</w:body></w:document>");
        Map<String, byte[]> all = new LinkedHashMap<>();
        entries.forEach((name, xml) -> all.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        all.putAll(extraEntries);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A paragraph of plain runs. */
    static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A paragraph with the given paragraph properties. */
    static String paragraph(String properties, String text) {
        return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A table cell with cell properties and a paragraph of text. */
    static String cell(String properties, String text) {
        return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + paragraph(text) + "</w:tc>";
    }
}
