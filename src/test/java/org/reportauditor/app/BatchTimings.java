package org.reportauditor.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.reportauditor.bench.CopiedCorpus;

/**
 * Issue 18's figure for the batch view, measured (not asserted in tests) on a display (Xvfb here):
 * how long the app takes to audit a folder of 1,000 reports (the corpus copied), and how steadily
 * frames keep coming meanwhile. Run it with
 * <pre>
 * mvn -B -q -DskipTests package test-compile
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -Xmx256m -cp target/report-auditor.jar:target/test-classes \
 *     org.reportauditor.app.BatchTimings [COUNT] [distinct]
 * </pre>
 */
public final class BatchTimings {
    private BatchTimings() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean distinct = args.length > 1 && args[1].equals("distinct");
        Path folder = CopiedCorpus.into(Files.createTempDirectory("report-auditor-batch"), count, distinct);
        MainWindow window = AppTimings.startedWindow();
        long[] chosen = new long[1];
        FrameTimes frames = FrameTimes.whileRunning(() -> {
            chosen[0] = System.nanoTime();
            window.model().openFolder(folder);
        }, () -> !window.model().batch().runningProperty().get());
        long elapsed = (System.nanoTime() - chosen[0]) / 1_000_000;
        System.out.println("batch view, " + count + (distinct ? " distinct" : "") + " files: " + window.model().batch().rows().size()
                + " reports listed in " + elapsed + " ms; meanwhile " + frames.summary());
        System.exit(0);
    }
}
