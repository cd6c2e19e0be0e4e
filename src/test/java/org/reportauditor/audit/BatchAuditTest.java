package org.reportauditor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.Main;
import org.reportauditor.testing.ReportFiles;

/** Many files audited as one batch: all of them, bad ones listed, copies once, and a cancel that stops it. */
class BatchAuditTest {
    private static final Auditor AUDITOR = Main.auditor();

    @Test
    void aFolderOfReportsAndBadFilesIsAuditedCompletelyWithTheBadFilesListed(@TempDir Path folder) throws Exception {
        Path sub = Files.createDirectories(folder.resolve("2021"));
        List<Path> corpus = ReportFiles.in("corpus", ".pdf", ".docx", ".doc", ".html");
        for (Path file : corpus) {
            Files.copy(file, sub.resolve(file.getFileName()));
        }
        Path copy = Files.copy(corpus.get(0), folder.resolve("copy-" + corpus.get(0).getFileName()));
        List<Path> bad = ReportFiles.in("bad", "random-bytes.pdf", "truncated.pdf", "zero-bytes.docx", "fake.docx");
        for (Path file : bad) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Files.writeString(folder.resolve("notes.md"), "not a kind that is read");

        ReportFileSearch.Found found = ReportFileSearch.expand(List.of(folder));
        AtomicInteger read = new AtomicInteger();
        BatchAudit.Outcome outcome = onEveryCore().audit(found.files(), new BatchAudit.Progress() {
            @Override
            public void reading(Path file) {
            }

            @Override
            public void read(Path file, AuditResult result) {
                read.incrementAndGet();
            }
        });

        assertThat(found.files()).hasSize(corpus.size() + 1 + bad.size());
        assertThat(outcome.cancelled()).isFalse();
        assertThat(read.get()).isEqualTo(found.files().size());
        assertThat(outcome.files()).isEqualTo(found.files());
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < outcome.files().size(); i++) {
            if (outcome.results().get(i).unreadable()) {
                unreadable.add(outcome.files().get(i).getFileName().toString());
            }
        }
        assertThat(unreadable).containsExactlyInAnyOrder("random-bytes.pdf", "truncated.pdf", "zero-bytes.docx",
                "fake.docx");
        // the copy is audited once and reported under its own name, with the original's findings
        AuditResult original = outcome.results().get(outcome.files().indexOf(sub.resolve(corpus.get(0).getFileName())));
        AuditResult copied = outcome.results().get(outcome.files().indexOf(copy));
        assertThat(copied.report().file()).isEqualTo(copy.toString());
        assertThat(copied.report().sha256()).isEqualTo(original.report().sha256());
        assertThat(copied.findings()).isEqualTo(original.findings());
    }

    @Test
    void cancelBeginsNoFurtherFileAndKeepsWhatIsDone(@TempDir Path folder) throws Exception {
        List<Path> files = new ArrayList<>();
        List<Path> seeds = ReportFiles.in("seeds", ".txt");
        for (int i = 0; i < 40; i++) {
            Path source = seeds.get(i % seeds.size());
            // each its own bytes, so that none is read once for another
            Path file = folder.resolve(i + ".txt");
            Files.writeString(file, Files.readString(source) + "\n" + "#".repeat(i + 1));
            files.add(file);
        }
        int threads = 2;
        BatchAudit batch = new BatchAudit(AUDITOR, threads, UnaryOperator.identity());
        AtomicInteger begunAfterCancel = new AtomicInteger();
        AtomicInteger doneBeforeCancel = new AtomicInteger();
        BatchAudit.Outcome outcome = batch.audit(files, new BatchAudit.Progress() {
            @Override
            public void reading(Path file) {
                if (batch.isCancelled()) {
                    begunAfterCancel.incrementAndGet();
                }
            }

            @Override
            public synchronized void read(Path file, AuditResult result) {
                if (!batch.isCancelled() && doneBeforeCancel.incrementAndGet() == 3) {
                    batch.cancel();
                }
            }
        });

        assertThat(outcome.cancelled()).isTrue();
        // what was done is kept, in the files' order; no more than one file per worker was begun after
        assertThat(outcome.results()).hasSizeBetween(3, 3 + threads);
        assertThat(outcome.files()).isSortedAccordingTo((a, b) -> Integer.compare(files.indexOf(a), files.indexOf(b)));
        assertThat(begunAfterCancel.get()).isLessThanOrEqualTo(threads);
        assertThat(outcome.results()).allMatch(r -> !r.report().tables().isEmpty());
    }

    @Test
    void aBatchWithoutLayoutsKeepsWhatTheListsAndExportsNeed() throws IOException, InterruptedException {
        List<Path> files = ReportFiles.in("corpus", ".pdf").subList(0, 2);
        BatchAudit.Outcome outcome = new BatchAudit(AUDITOR, 2, AuditResult::withoutLayout).audit(files,
                BatchAudit.Progress.NONE);
        AuditResult whole = AUDITOR.audit(files.get(0));
        AuditResult light = outcome.results().get(0);
        assertThat(light.document().blocks()).isEmpty();
        assertThat(light.document().file()).isEqualTo(files.get(0));
        assertThat(light.document().kind()).isEqualTo(whole.document().kind());
        assertThat(light.findings()).isEqualTo(whole.findings());
        assertThat(light.report().tables()).isEqualTo(whole.report().tables());
    }

    @Test
    void aCopyOfLastYearsReportLeavesThePairingClear(@TempDir Path folder) throws Exception {
        String lastYear = Files.readString(ReportFiles.in("seeds", "003_4fb9745642b3cd23.txt").get(0));
        Path last = Files.writeString(folder.resolve("2020.txt"), lastYear);
        Files.copy(last, folder.resolve("2020-副本.txt"));
        Path next = Files.writeString(folder.resolve("2021.txt"), lastYear.replace("2020年", "2021年"));
        Files.copy(next, folder.resolve("2021-副本.txt"));

        List<Path> files = ReportFileSearch.expand(List.of(folder)).files();
        BatchAudit.Outcome outcome = onEveryCore().audit(files, BatchAudit.Progress.NONE);

        for (String name : List.of("2021.txt", "2021-副本.txt")) {
            AuditResult thisYear = outcome.results().get(outcome.files().indexOf(folder.resolve(name)));
            assertThat(thisYear.lastYear()).as(name).isNotNull();
            assertThat(thisYear.findings()).as(name).anyMatch(f -> f.rule().equals("carry-over"));
        }
    }

    /** As many files at once as the machine has cores, every audit kept whole. */
    private static BatchAudit onEveryCore() {
        return new BatchAudit(AUDITOR, Runtime.getRuntime().availableProcessors(), UnaryOperator.identity());
    }
}
