package org.reportauditor.ingest.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocReaderFuzzTest {
    private static final int MUTATIONS = 200;

    @TempDir
    Path dir;

    @Test
    void damagedDocFilesNeverBreakOrHangTheReader() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        for (Path file : CorpusReportChecks.corpusFiles("doc")) {
            originals.add(Files.readAllBytes(file));
        }
        originals.add(Files.readAllBytes(CorpusReportChecks.resource("ingest/word/generated-numbering.doc")));
        originals.add(Files.readAllBytes(CorpusReportChecks.resource("ingest/word/nested-table.doc")));
        FileMutations mutations = new FileMutations(19_970_101L);
        Path file = dir.resolve("fuzzed.doc");
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] original = originals.get(i % originals.size());
            byte[] damaged = switch (mutations.random().nextInt(6)) {
                case 0 -> mutations.truncate(original);
                case 1 -> mutations.cutOrRepeat(original);
                // past the OLE2 header, so that the Word structures rather than the container break
                default -> keepHeader(original, mutations.flipBytes(original, 60));
            };
            FileMutations.assertReadsSafely(DocxReaderTest.readers(), file, damaged, "doc mutation " + i);
        }
    }

    private static byte[] keepHeader(byte[] original, byte[] damaged) {
        System.arraycopy(original, 0, damaged, 0, Math.min(512, original.length));
        return damaged;
    }
}
