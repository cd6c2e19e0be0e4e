package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.word.DocxBuilder.paragraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;

/**
 * Word packages made to exhaust a reader, read by the reader as shipped: each is refused with a
 * problem that says why, before POI builds anything of it, and POI's own zip limits stay on.
 */
class DocxHostileFilesTest {
    @TempDir
    Path dir;

    private final DocxReader reader = new DocxReader();

    @Test
    void anEntryInflatingAThousandfoldIsAZipBomb() throws IOException {
        // 8 MB of XML in a few kilobytes: under the size limit, over POI's inflation ratio
        Path file = DocxBuilder.body(paragraph("0".repeat(8 * 1024 * 1024))).writeTo(dir.resolve("bomb.docx"));
        assertThat(Files.size(file)).isLessThan(64 * 1024);

        RawDocument read = reader.read(file, ReadOptions.DEFAULT);

        assertThat(read.problems()).containsExactly(new Problem(ProblemKind.TOO_LARGE,
                Text.of("problem.zipBomb", "bomb.docx", "word/document.xml", 100L)));
    }

    @Test
    void aPackageOfMoreEntriesThanPoiOpensIsRefusedSayingSo() throws IOException {
        DocxBuilder builder = DocxBuilder.body(paragraph("一、总体情况"));
        for (int i = 0; i < 1_000; i++) {
            builder.entry("word/media/image" + i + ".png", new byte[] {(byte) i});
        }
        Path file = builder.writeTo(dir.resolve("entries.docx"));

        RawDocument read = reader.read(file, ReadOptions.DEFAULT);

        // the four parts of the package and the thousand pictures
        assertThat(read.problems()).containsExactly(new Problem(ProblemKind.TOO_LARGE,
                Text.of("problem.zipTooManyEntries", "entries.docx", 1_004L, 1_000L)));
    }

    @Test
    void xmlOverTheLimitIsRefusedBeforeItsTreeFillsTheMemory() throws IOException {
        // digits that do not compress far: 17 MB of XML; 42 MB of it ran out of 256 MB
        StringBuilder body = new StringBuilder();
        java.util.Random random = new java.util.Random(1);
        while (body.length() < 17 * 1024 * 1024) {
            body.append(paragraph(Long.toString(random.nextLong())));
        }
        Path file = DocxBuilder.body(body.toString()).writeTo(dir.resolve("large.docx"));

        RawDocument read = reader.read(file, ReadOptions.DEFAULT);

        assertThat(read.problems()).containsExactly(new Problem(ProblemKind.TOO_LARGE,
                Text.of("problem.contentTooLarge", "large.docx", 16L)));
    }

    @Test
    void anXmlEntityBombIsRefusedAsDamaged() throws IOException {
        StringBuilder entities = new StringBuilder("<!DOCTYPE w:document [<!ENTITY a0 \"laugh\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        entities.append("]>");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + entities + "<w:document " + DocxBuilder.NAMESPACES
                + "><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>";
        Path file = DocxBuilder.body("").entry("word/document.xml", document.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .writeTo(dir.resolve("entities.docx"));

        RawDocument read = reader.read(file, ReadOptions.DEFAULT);

        assertThat(read.problems()).containsExactly(
                new Problem(ProblemKind.DAMAGED, Text.of("problem.damaged", "entities.docx", "Word")));
        assertThat(read.blocks()).isEmpty();
    }
}
