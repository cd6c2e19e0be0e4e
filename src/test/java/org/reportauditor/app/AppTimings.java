package org.reportauditor.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.reportauditor.Main;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.audit.Auditor;
import org.reportauditor.bench.LongPdf;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.render.PdfPageRenderer;

/**
 * The app's performance figures of the README, measured (not asserted in tests) on a display
 * (Xvfb here): how soon after {@code java -jar} starts the window is on screen, and how soon after
 * a 4-page PDF is chosen its findings are listed and the page of its first finding is drawn with
 * the finding's box in view, and how steadily frames keep coming while a 100-page PDF is scrolled
 * from end to end. Run it with
 * <pre>
 * mvn -B -q -DskipTests package test-compile
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/report-auditor.jar:target/test-classes \
 *     org.reportauditor.app.AppTimings
 * </pre>
 * ({@code -Dlaunches=N} sets how many fresh processes are timed, 7 by default). The window counts as
 * on screen at its first laid-out frame, which the app logs at DEBUG.
 */
public final class AppTimings {
    private static final int LAUNCHES = Integer.getInteger("launches", 7);
    private static final Pattern WINDOW_ON_SCREEN = Pattern.compile("window on screen (\\d+) ms");
    /**
     * Less than a user takes to choose a file in the Open dialog; the app spends it getting ready
     * (it rehearses on its bundled sample).
     */
    private static final long IDLE_AFTER_START_SECONDS = 6;

    private AppTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/report-auditor.jar");
        System.out.println("== window on screen after the process started: java -jar " + jar + ", " + LAUNCHES
                + " fresh processes");
        List<Long> launches = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            launches.add(launch(jar));
        }
        if (!launches.isEmpty()) {
            System.out.println("   " + launches + " ms, median " + median(launches) + " ms");
        }

        System.out.println("== findings and the first finding's page on screen after a PDF is chosen");
        List<Path> pdfs = List.of(Fixtures.BEIJING_PDF, Fixtures.REPORTS.resolve("corpus/000_e778331bfbf8b1ad.pdf"),
                Fixtures.REPORTS.resolve("real/hongze_2024.pdf"), Fixtures.BEIJING_PDF);
        MainWindow window = startedWindow();
        for (Path file : pdfs) {
            System.out.println("   " + file + ": " + timeOpening(window, file.toAbsolutePath()) + " ms");
            TimeUnit.SECONDS.sleep(1);
        }

        System.out.println("== scrolling a 4-page PDF from its first page to its last, for comparison");
        timeOpening(window, Fixtures.BEIJING_PDF.toAbsolutePath());
        System.out.println("   " + scrollThrough(window, 4));
        System.out.println("== scrolling a 100-page PDF (report 003 25 times) from its first page to its last");
        Path hundredPages = LongPdf.of(Fixtures.BEIJING_PDF, 25);
        try {
            System.out.println("   opened in " + timeOpening(window, hundredPages) + " ms");
            System.out.println("   " + scrollThrough(window, 100));
        } finally {
            Files.deleteIfExists(hundredPages);
        }
        System.exit(0);
    }

    /**
     * Scrolls the source from top to bottom a third of a page a frame, as a steady drag of the
     * scroll bar does, and reports the time between frames meanwhile and how many pages were drawn.
     */
    private static String scrollThrough(MainWindow window, int pages) throws InterruptedException {
        int[] drawn = new int[1];
        ScrollPane[] scroller = new ScrollPane[1];
        double step = 1.0 / (pages * 3);
        FrameTimes frames = FrameTimes.whileRunning(() -> {
            scroller[0] = (ScrollPane) window.stage().getScene().lookup(".page-scroller");
            scroller[0].setVvalue(0);
        }, () -> {
            if (scroller[0].getVvalue() >= 1) {
                for (int page = 1; page <= pages; page++) {
                    drawn[0] += window.sourceView().isDrawn(page) ? 1 : 0;
                }
                return true;
            }
            scroller[0].setVvalue(Math.min(1, scroller[0].getVvalue() + step));
            return false;
        });
        return frames.summary() + "; pages drawn at the end: " + drawn[0] + " of " + pages;
    }

    /** Starts the app as a user would, with fresh settings; returns when its window was on screen. */
    private static long launch(Path jar) throws IOException, InterruptedException {
        Path settings = Files.createTempDirectory("report-auditor-timing");
        ProcessBuilder builder = new ProcessBuilder("java",
                "-Dorg.slf4j.simpleLogger.log.org.reportauditor.app.MainWindow=debug", "-jar", jar.toString())
                .redirectErrorStream(true);
        builder.environment().put("XDG_CONFIG_HOME", settings.toString());
        Process app = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher shown = WINDOW_ON_SCREEN.matcher(line);
                if (shown.find()) {
                    return Long.parseLong(shown.group(1));
                }
            }
            throw new IllegalStateException("the app ended without showing its window");
        } finally {
            app.destroy();
            app.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** One window, as a user has it open, with a few seconds to get ready before a file is chosen. */
    static MainWindow startedWindow() throws Exception {
        CompletableFuture<Auditor> engine = CompletableFuture.supplyAsync(Main::auditor);
        Path settings = Files.createTempDirectory("report-auditor-timing");
        CompletableFuture<MainWindow> started = new CompletableFuture<>();
        Platform.startup(() -> {
            MainWindow window = DesktopApp.open(new Stage(), engine::join, new PdfPageRenderer(),
                    new SettingsStore(settings), ReviewStore.NONE);
            window.show(List.of());
            started.complete(window);
        });
        MainWindow window = started.get();
        TimeUnit.SECONDS.sleep(IDLE_AFTER_START_SECONDS);
        return window;
    }

    private static long timeOpening(MainWindow window, Path file) throws InterruptedException {
        CountDownLatch onScreen = new CountDownLatch(1);
        long[] elapsed = new long[1];
        Platform.runLater(() -> {
            long chosen = System.nanoTime();
            window.model().open(file);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (isOnScreen(window, file)) {
                        stop();
                        elapsed[0] = (System.nanoTime() - chosen) / 1_000_000;
                        onScreen.countDown();
                    }
                }
            }.start();
        });
        if (!onScreen.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(file + " was not on screen within a minute");
        }
        return elapsed[0];
    }

    private static boolean isOnScreen(MainWindow window, Path file) {
        if (window.model().busyProperty().get() || !window.stage().getTitle().contains(file.getFileName().toString())
                || window.model().findings().rows().isEmpty()) {
            return false;
        }
        int page = window.sourceView().currentPage();
        SourceLocation focus = window.model().source().focusProperty().get();
        return page > 0 && window.sourceView().isDrawn(page) && (focus == null || window.sourceView().isInView(focus));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
