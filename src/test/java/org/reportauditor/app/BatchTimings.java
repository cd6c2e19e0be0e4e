package org.reportauditor.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import org.reportauditor.bench.CopiedCorpus;

/**
 * Issue 18's figure for the batch view, measured (not asserted in tests) on a display (Xvfb here):
 * how long the app takes to audit a folder of 1,000 reports (the corpus copied), and how steadily
 * frames keep coming meanwhile. Run it with
 * <pre>
 * mvn -B -q -DskipTests package test-compile
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -Xmx256m -cp target/report-auditor.jar:target/test-classes \
 *     org.reportauditor.app.BatchTimings [COUNT]
 * </pre>
 */
public final class BatchTimings {
    /** A frame slower than this is a visible stutter (three frames at 60 Hz). */
    private static final long SLOW_FRAME_MS = 50;

    private BatchTimings() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path folder = CopiedCorpus.into(Files.createTempDirectory("report-auditor-batch"), count);
        MainWindow window = AppTimings.startedWindow();
        List<Long> frames = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        long[] elapsed = new long[1];
        int[] rows = new int[1];
        Platform.runLater(() -> {
            long chosen = System.nanoTime();
            window.model().openFolder(folder);
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        frames.add((now - last) / 1_000_000);
                    }
                    last = now;
                    if (!window.model().batch().runningProperty().get()) {
                        stop();
                        elapsed[0] = (System.nanoTime() - chosen) / 1_000_000;
                        rows[0] = window.model().batch().rows().size();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the batch did not end within five minutes");
        }
        List<Long> sorted = new ArrayList<>(frames);
        Collections.sort(sorted);
        long slow = sorted.stream().filter(ms -> ms > SLOW_FRAME_MS).count();
        System.out.println("batch view, " + count + " files: " + rows[0] + " reports listed in " + elapsed[0]
                + " ms; " + sorted.size() + " frames meanwhile: median " + sorted.get(sorted.size() / 2)
                + " ms, 95th percentile " + sorted.get(sorted.size() * 95 / 100) + " ms, slowest "
                + sorted.get(sorted.size() - 1) + " ms, " + slow + " over " + SLOW_FRAME_MS + " ms");
        System.exit(0);
    }
}
