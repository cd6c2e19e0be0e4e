package org.reportauditor.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.word.CorpusReportChecks;
import org.reportauditor.ingest.word.DocxReader;

class HtmlCorpusTest {

    static Stream<Path> htmlFiles() {
        return CorpusReportChecks.corpusFiles("html").stream();
    }

    @ParameterizedTest
    @MethodSource("htmlFiles")
    void readsLikeItsKey(Path file) throws IOException {
        CorpusReportChecks.assertReadsLikeItsKey(new HtmlReader().read(file, ReadOptions.DEFAULT), file);
    }

    @ParameterizedTest
    @MethodSource("htmlFiles")
    void readsExactlyLikeTheDocxOfTheSameReport(Path file) throws IOException {
        Path docx = file.resolveSibling(file.getFileName().toString().replace(".html", ".docx"));

        RawDocument html = new HtmlReader().read(file, ReadOptions.DEFAULT);

        assertThat(html.blocks()).isEqualTo(new DocxReader().read(docx, ReadOptions.DEFAULT).blocks());
    }
}
