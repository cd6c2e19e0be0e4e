package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;

class WordCorpusTest {

    static Stream<Path> docxFiles() {
        return CorpusReportChecks.corpusFiles("docx").stream();
    }

    static Stream<Path> docFiles() {
        return CorpusReportChecks.corpusFiles("doc").stream();
    }

    @ParameterizedTest
    @MethodSource("docxFiles")
    void docxReadsLikeItsKey(Path file) throws IOException {
        CorpusReportChecks.assertReadsLikeItsKey(new DocxReader().read(file, ReadOptions.DEFAULT), file);
    }

    @ParameterizedTest
    @MethodSource("docFiles")
    void docReadsLikeItsKey(Path file) throws IOException {
        CorpusReportChecks.assertReadsLikeItsKey(new DocReader().read(file, ReadOptions.DEFAULT), file);
    }

    @ParameterizedTest
    @MethodSource("docFiles")
    void docReadsExactlyLikeTheDocxOfTheSameReport(Path file) throws IOException {
        Path docx = file.resolveSibling(file.getFileName().toString().replace(".doc", ".docx"));

        RawDocument doc = new DocReader().read(file, ReadOptions.DEFAULT);

        RawDocument expected = new DocxReader().read(docx, ReadOptions.DEFAULT);
        assertThat(doc.blocks()).isEqualTo(expected.blocks());
        assertThat(doc.text()).isEqualTo(expected.text());
    }
}
