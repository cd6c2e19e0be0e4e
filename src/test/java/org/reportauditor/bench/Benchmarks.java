package org.reportauditor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.reportauditor.Main;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.testing.ReportFiles;

/**
 * The performance figures of the README, measured (not asserted in tests): a warm audit of each
 * fixture report, the jar's {@code check --json} as a fresh process, and a 200-page PDF audited
 * in a 256 MB heap. Run it with
 * {@code mvn -B -q -DskipTests package && java -cp target/report-auditor.jar:target/test-classes
 * org.reportauditor.bench.Benchmarks}.
 */
public final class Benchmarks {
    private static final int WARMUP = 200;
    private static final int RUNS = 500;
    private static final int PROCESS_RUNS = 7;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Auditor auditor = Main.auditor();
        System.out.println("== warm audit (read, recognise, check), median of " + RUNS + " runs");
        for (Path file : ReportFiles.in("seeds", ".txt")) {
            report(file, auditor, WARMUP, RUNS);
        }
        for (Path file : ReportFiles.in("corpus", ".pdf", ".docx", ".doc", ".html")) {
            report(file, auditor, WARMUP / 10, RUNS / 10);
        }
        for (Path file : ReportFiles.in("real", ".pdf")) {
            report(file, auditor, WARMUP / 10, RUNS / 10);
        }
        Path jar = Path.of("target/report-auditor.jar");
        if (Files.exists(jar)) {
            System.out.println("== fresh process: java -jar target/report-auditor.jar check --json …, median of "
                    + PROCESS_RUNS + " runs");
            process(jar, ReportFiles.in("seeds", ".txt").subList(3, 4));
            List<Path> pdfs = ReportFiles.in("corpus", ".pdf");
            process(jar, pdfs);
            System.out.println("== a 200-page PDF (report 003 fifty times): java -Xmx256m -jar … check --json");
            Path large = LongPdf.of(pdfs.get(3), 50);
            try {
                long t = System.nanoTime();
                Process p = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString(), "check", "--json",
                        large.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                int status = p.waitFor();
                System.out.printf(Locale.ROOT, "%-36s %8.0f ms, exit status %d (1: errors found, as in report 003)%n",
                        "200 pages", (System.nanoTime() - t) / 1e6, status);
            } finally {
                Files.deleteIfExists(large);
            }
        }
    }

    private static void report(Path file, Auditor auditor, int warmup, int runs) {
        Supplier<AuditResult> audit = () -> auditor.audit(file);
        for (int i = 0; i < warmup; i++) {
            audit.get();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            audit.get();
            times[i] = System.nanoTime() - t;
        }
        System.out.printf(Locale.ROOT, "%-36s %8.2f ms%n", file.getFileName(), median(times) / 1e6);
    }

    private static void process(Path jar, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "check", "--json"));
        files.forEach(f -> command.add(f.toString()));
        long[] times = new long[PROCESS_RUNS];
        for (int i = 0; i < PROCESS_RUNS; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            times[i] = System.nanoTime() - t;
        }
        System.out.printf(Locale.ROOT, "%-36s %8.0f ms%n", files.size() == 1 ? files.get(0).getFileName()
                : files.size() + " files", median(times) / 1e6);
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
