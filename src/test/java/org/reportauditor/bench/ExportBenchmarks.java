package org.reportauditor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.reportauditor.Main;
import org.reportauditor.audit.Auditor;
import org.reportauditor.audit.FileDigest;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.export.pdf.AnnotatedPdfExport;
import org.reportauditor.export.xlsx.FindingWorkbookExport;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.AddedFinding;
import org.reportauditor.model.Cell;
import org.reportauditor.model.Review;
import org.reportauditor.model.Severity;
import org.reportauditor.testing.ReportFiles;

/**
 * The export figures of the README, measured (not asserted in tests): both exports of the corpus's
 * PDF reports warm, and a workbook of 1,000 findings. Run it with
 * {@code mvn -B -q -DskipTests package test-compile && java -cp target/report-auditor.jar:target/test-classes
 * org.reportauditor.bench.ExportBenchmarks}.
 */
public final class ExportBenchmarks {
    private static final int WARMUP = 10;
    private static final int RUNS = 21;
    private static final int MANY_FINDINGS = 1000;

    private ExportBenchmarks() {
    }

    @FunctionalInterface
    private interface Export {
        void to(Path target) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Auditor auditor = Main.auditor();
        Messages messages = Messages.chinese();
        Path out = Files.createTempDirectory("export-bench");
        System.out.println("== warm exports, median (min–max) of " + RUNS + " runs");
        for (Path file : ReportFiles.in("corpus", ".pdf")) {
            ReviewedResult reviewed = auditor.review(auditor.audit(file), Review.empty(file.getFileName().toString(),
                    FileDigest.sha256(file)));
            String name = file.getFileName() + " (" + reviewed.findings().size() + " findings)";
            time("annotated PDF  " + name, out.resolve("a.pdf"), target -> new AnnotatedPdfExport(messages)
                    .write(reviewed, target, false, ExportProgress.NONE));
            time("workbook       " + name, out.resolve("a.xlsx"), target -> new FindingWorkbookExport(messages)
                    .write(List.of(reviewed), target, ExportProgress.NONE));
        }
        Path beijing = ReportFiles.in("corpus", ".pdf").get(3);
        ReviewedResult many = withManyFindings(auditor, beijing);
        time("workbook of " + many.findings().size() + " findings", out.resolve("many.xlsx"),
                target -> new FindingWorkbookExport(messages).write(List.of(many), target, ExportProgress.NONE));
        time("annotated PDF of " + many.findings().size() + " findings", out.resolve("many.pdf"),
                target -> new AnnotatedPdfExport(messages).write(many, target, false, ExportProgress.NONE));
    }

    /** The report with a thousand findings of the auditor's own on its cells, in turn. */
    private static ReviewedResult withManyFindings(Auditor auditor, Path file) {
        var read = auditor.audit(file);
        List<Cell> cells = read.report().cells();
        Review review = Review.empty(file.getFileName().toString(), FileDigest.sha256(file));
        for (int i = 0; i < MANY_FINDINGS; i++) {
            review = review.add(new AddedFinding("manual-" + (i + 1), Severity.WARNING, "核对第 " + (i + 1) + " 处",
                    List.of(cells.get(i % cells.size()).address()), null, null, "bench", Instant.EPOCH, null));
        }
        return auditor.review(read, review);
    }

    private static void time(String what, Path target, Export export) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            export.to(target);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            export.to(target);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-60s %7.1f ms (%.1f–%.1f), %,d bytes%n", what, ms[RUNS / 2], ms[0],
                ms[RUNS - 1], Files.size(target));
    }
}
