package org.reportauditor.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportauditor.ingest.RawDocument;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.word.CorpusReportChecks;
import org.reportauditor.ingest.word.FileMutations;
import org.reportauditor.model.DocumentKind;

class HtmlReaderFuzzTest {
    private static final int MUTATIONS = 300;
    private static final List<String> HOSTILE_MARKUP = List.of(
            "<td rowspan=\"65534\" colspan=\"1000\">", "<td rowspan=0>", "<tr>", "<table>", "</table>",
            "<div>", "<span>", "<br>", "<pre>", "</pre>", "<a>", "<h1>政府信息公开工作年度报告</h1>",
            "<meta charset=\"utf-16\">", "<meta charset=\"no-such-charset\">", "<script>", "<!--", "&nbsp;", "\u0000");

    @TempDir
    Path dir;

    /** A page wrapped as a web archive (.mht), base64 encoded. */
    private static byte[] webArchive(byte[] page) {
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"part\"\r\n\r\n--part\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(page) + "\r\n--part--\r\n";
        return archive.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void damagedPagesNeverBreakOrHangTheReader() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        for (Path file : CorpusReportChecks.corpusFiles("html")) {
            originals.add(Files.readAllBytes(file));
        }
        for (String fixture : List.of("portal-page.html", "gbk-meta-charset.html", "gb2312-http-equiv.html")) {
            originals.add(Files.readAllBytes(CorpusReportChecks.resource("ingest/html/" + fixture)));
        }
        originals.add(webArchive(originals.get(0)));
        DocumentReaders readers = new DocumentReaders(Map.of(DocumentKind.HTML, new HtmlReader()));
        FileMutations mutations = new FileMutations(19_910_806L);
        Path file = dir.resolve("fuzzed.html");
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] original = originals.get(i % originals.size());
            byte[] damaged = switch (mutations.random().nextInt(5)) {
                case 0 -> mutations.flipBytes(original, 200);
                case 1 -> mutations.truncate(original);
                case 2 -> mutations.cutOrRepeat(original);
                default -> mutations.insertMarkup(original, HOSTILE_MARKUP);
            };
            String what = "html mutation " + i;
            RawDocument document = FileMutations.assertReadsSafely(readers, file, damaged, what);
            assertThat(FileMutations.escapedTheReader(document)).as("%s failed inside the reader", what).isFalse();
        }
    }
}
