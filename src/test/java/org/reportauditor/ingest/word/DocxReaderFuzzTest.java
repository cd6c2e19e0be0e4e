package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.ingest.RawDocument;
import org.junit.jupiter.api.io.TempDir;

class DocxReaderFuzzTest {
    private static final int MUTATIONS = 200;
    /** Markup that stresses the reader's bounds: spans, merges, field and content-control nesting, list levels. */
    private static final List<String> HOSTILE_MARKUP = List.of(
            "<w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/></w:tcPr><w:p/></w:tc>",
            "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>",
            "<w:tc><w:tcPr><w:hMerge/><w:gridSpan w:val=\"-3\"/></w:tcPr><w:p/></w:tc>",
            "<w:trPr><w:gridBefore w:val=\"999999\"/><w:wBefore w:w=\"-1\" w:type=\"dxa\"/></w:trPr>",
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
            "<w:sdt><w:sdtContent>",
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>嵌套</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>",
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>",
            "</w:tc>", "</w:tr>", "</w:p>", "&#0;", "<!DOCTYPE x [<!ENTITY e \"e\">]>");

    @TempDir
    Path dir;

    @Test
    void damagedDocxFilesNeverBreakOrHangTheReader() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        for (Path file : CorpusReportChecks.corpusFiles("docx")) {
            originals.add(Files.readAllBytes(file));
        }
        originals.add(Files.readAllBytes(CorpusReportChecks.resource("ingest/word/generated-numbering.docx")));
        originals.add(Files.readAllBytes(CorpusReportChecks.resource("ingest/word/nested-table.docx")));
        FileMutations mutations = new FileMutations(20_240_601L);
        Path file = dir.resolve("fuzzed.docx");
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] original = originals.get(i % originals.size());
            byte[] damaged = switch (mutations.random().nextInt(10)) {
                case 0 -> mutations.flipBytes(original, 20);
                case 1 -> mutations.truncate(original);
                case 2 -> FileMutations.mutateZipEntry(original, "word/styles.xml",
                        xml -> mutations.mutateMarkup(xml, HOSTILE_MARKUP));
                case 3 -> FileMutations.mutateZipEntry(original, "word/numbering.xml",
                        xml -> mutations.mutateMarkup(xml, HOSTILE_MARKUP));
                default -> FileMutations.mutateZipEntry(original, "word/document.xml",
                        xml -> mutations.mutateMarkup(xml, HOSTILE_MARKUP));
            };
            String what = "docx mutation " + i;
            RawDocument document = FileMutations.assertReadsSafely(DocxReaderTest.readers(), file, damaged, what);
            assertThat(FileMutations.escapedTheReader(document)).as("%s failed inside the reader", what).isFalse();
        }
    }
}
