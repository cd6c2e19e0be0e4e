package org.reportauditor.ingest.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.word.CorpusReportChecks;

class HtmlCorpusTest {

    static Stream<Path> htmlFiles() {
        return CorpusReportChecks.corpusFiles("html").stream();
    }

    @ParameterizedTest
    @MethodSource("htmlFiles")
    void readsLikeItsKey(Path file) throws IOException {
        CorpusReportChecks.assertReadsLikeItsKey(new HtmlReader().read(file, ReadOptions.DEFAULT), file);
    }
}
