package org.reportauditor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.reportauditor.Main;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.testing.ReportFiles;

/**
 * The performance figures of the README, measured (not asserted in tests): a warm audit of each
 * fixture report, the jar's {@code check --json} as a fresh process, and a 200-page PDF audited
 * in a 256 MB heap; with {@code target/tabula.classpath} (fetched by {@code src/test/tabula/pom.xml})
 * also tabula-java extracting the tables of the five corpus PDFs; with
 * {@code -Dlauncher=target/installer/report-auditor/bin/report-auditor} (an app-image's, installers/linux.sh)
 * also that launcher's {@code check --json} on them, first in each round. Run it with
 * {@code mvn -B -q -DskipTests package test-compile && java -cp target/report-auditor.jar:target/test-classes
 * org.reportauditor.bench.Benchmarks}.
 */
public final class Benchmarks {
    private static final int WARMUP = 200;
    private static final int RUNS = 500;
    private static final int PROCESS_RUNS = Integer.getInteger("rounds", 11);
    private static final String LAUNCHER = System.getProperty("launcher");

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
            List<Path> text = ReportFiles.in("seeds", ".txt").subList(3, 4);
            processes(Map.of(text.get(0).getFileName().toString(), check(jar, text)));
            List<Path> pdfs = ReportFiles.in("corpus", ".pdf");
            Map<String, List<String>> fivePdfs = new LinkedHashMap<>();
            if (LAUNCHER != null) {
                List<String> launcher = new ArrayList<>(List.of(LAUNCHER, "check", "--json"));
                pdfs.forEach(f -> launcher.add(f.toString()));
                fivePdfs.put(pdfs.size() + " PDFs, the launcher", launcher);
            }
            fivePdfs.put(pdfs.size() + " PDFs" + (LAUNCHER != null ? ", java -jar" : ""), check(jar, pdfs));
            Path tabula = Path.of("target/tabula.classpath");
            Path copies = Files.createTempDirectory("tabula-input");
            if (Files.exists(tabula)) {
                // what the issue measures us against: tabula-java's extraction of the same tables, in
                // its ruling-line (lattice) and its text-alignment (stream) mode, timed in turn with ours
                for (Path pdf : pdfs) {
                    Files.copy(pdf, copies.resolve(pdf.getFileName()));
                }
                String classpath = Files.readString(tabula).strip();
                for (String mode : List.of("-l", "-t")) {
                    fivePdfs.put("tabula-java 1.0.5 " + mode, List.of("java", "-cp", classpath,
                            "technology.tabula.CommandLineApp", "-b", copies.toString(), "-p", "all", mode));
                }
            } else {
                System.out.println("(no target/tabula.classpath: tabula-java not timed, see README › Performance)");
            }
            try {
                processes(fivePdfs);
            } finally {
                try (var files = Files.list(copies)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(copies);
            }
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

    private static List<String> check(Path jar, List<Path> files) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "check", "--json"));
        files.forEach(f -> command.add(f.toString()));
        return command;
    }

    /** Runs each command as a fresh process, the commands taking turns so that they share the machine's moods. */
    private static void processes(Map<String, List<String>> commands) throws IOException, InterruptedException {
        Map<String, long[]> times = new LinkedHashMap<>();
        commands.keySet().forEach(name -> times.put(name, new long[PROCESS_RUNS]));
        for (int i = 0; i < PROCESS_RUNS; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                long t = System.nanoTime();
                Process p = new ProcessBuilder(command.getValue()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
                times.get(command.getKey())[i] = System.nanoTime() - t;
            }
        }
        long[] first = times.values().iterator().next();
        times.forEach((name, t) -> {
            System.out.printf(Locale.ROOT, "%-36s %8.0f ms", name, median(t) / 1e6);
            if (t != first) {
                int faster = 0;
                for (int i = 0; i < t.length; i++) {
                    faster += first[i] < t[i] ? 1 : 0;
                }
                // the rounds are pairs run back to back: how often the first command won its pair
                System.out.printf(Locale.ROOT, "   (the first faster in %d of %d rounds; the first takes %.2f × this)",
                        faster, t.length, median(first) / median(t));
            }
            System.out.println();
        });
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
