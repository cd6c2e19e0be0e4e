package org.reportauditor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.model.DocumentKind;

/** What a file's first bytes say it is, whatever its name says. */
class DocumentReadersTest {
    private static final Path REPORTS = Path.of("src/test/resources/reports");

    @Test
    void aFilesKindIsToldByItsContent() {
        assertThat(DocumentReaders.kindOf(REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf"))).contains(DocumentKind.PDF);
        assertThat(DocumentReaders.kindOf(REPORTS.resolve("bad/truncated.pdf"))).contains(DocumentKind.PDF);
        assertThat(DocumentReaders.kindOf(REPORTS.resolve("corpus/003_4fb9745642b3cd23.docx"))).contains(DocumentKind.DOCX);
        assertThat(DocumentReaders.kindOf(REPORTS.resolve("corpus/003_4fb9745642b3cd23.doc"))).contains(DocumentKind.DOC);
        assertThat(DocumentReaders.kindOf(REPORTS.resolve("corpus/003_4fb9745642b3cd23.html"))).contains(DocumentKind.HTML);
        assertThat(DocumentReaders.kindOf(REPORTS.resolve("seeds/003_4fb9745642b3cd23.txt"))).contains(DocumentKind.TEXT);
    }

    @Test
    void aNameThatLiesDoesNotChangeTheKind(@TempDir Path folder) throws IOException {
        Path pdfNamedText = Files.copy(REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf"), folder.resolve("report.txt"));
        Path textNamedPdf = Files.copy(REPORTS.resolve("seeds/003_4fb9745642b3cd23.txt"), folder.resolve("report.pdf"));

        assertThat(DocumentReaders.kindOf(pdfNamedText)).contains(DocumentKind.PDF);
        assertThat(DocumentReaders.kindOf(textNamedPdf)).contains(DocumentKind.TEXT);
    }

    @Test
    void filesOfNoKindAReaderReadsHaveNone(@TempDir Path folder) throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.pdf"));
        Path rtf = Files.writeString(folder.resolve("report.doc"), "{\\rtf1\\ansi report}", StandardCharsets.US_ASCII);

        assertThat(DocumentReaders.kindOf(REPORTS.resolve("bad/random-bytes.pdf"))).isEmpty();
        assertThat(DocumentReaders.kindOf(empty)).isEmpty();
        assertThat(DocumentReaders.kindOf(rtf)).isEmpty();
        assertThat(DocumentReaders.kindOf(folder.resolve("no-such-file.pdf"))).isEmpty();
        assertThat(DocumentReaders.kindOf(folder)).as("a folder").isEmpty();
    }
}
