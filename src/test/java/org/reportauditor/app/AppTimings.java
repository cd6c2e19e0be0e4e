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
 * ({@code -Dlaunches=N} sets how many fresh processes are timed, 7 by default;
 * {@code -Dlauncher=target/installer/report-auditor/bin/report-auditor} times an installed launcher too (several:
 * separated by commas), in turn with {@code java -jar}, and only that: the rest runs in this process, which no launcher changes). The window counts as on screen at its first
 * laid-out frame, which the app logs at DEBUG; the time is the harness's own, from starting the process to
 * reading that line, so that a launcher's time before its JVM starts counts too.
 */
public final class AppTimings {
    private static final int LAUNCHES = Integer.getInteger("launches", 7);
    /** Installed launchers to time too, separated by commas. */
    private static final String LAUNCHER = System.getProperty("launcher");
    private static final Pattern WINDOW_ON_SCREEN = Pattern.compile("window on screen (\\d+) ms");
    /**
     * The app's log to stderr, the window's line included; through the environment, which a launcher's JVM
     * reads as the java command's does.
     */
    private static final String LOG_TO_STDERR = "-Dorg.slf4j.simpleLogger.logFile=System.err"
            + " -Dorg.slf4j.simpleLogger.log.org.reportauditor.app.MainWindow=debug";
    /**
     * Less than a user takes to choose a file in the Open dialog; the app spends it getting ready
     * (it rehearses on its bundled sample).
     */
    private static final long IDLE_AFTER_START_SECONDS = 6;

    private AppTimings() {
    }

    public static void main(String[] args) throws Exception {
        List<List<String>> commands = new ArrayList<>();
        if (LAUNCHER != null) {
            for (String launcher : LAUNCHER.split(",")) {
                commands.add(List.of(launcher));
            }
        }
        commands.add(List.of("java", "-jar", "target/report-auditor.jar"));
        System.out.println("== window on screen after the process started, " + LAUNCHES + " fresh processes each"
                + (commands.size() > 1 ? ", taking turns" : ""));
        List<List<Long>> launches = new ArrayList<>();
        commands.forEach(command -> launches.add(new ArrayList<>()));
        for (int i = 0; i < LAUNCHES; i++) {
            for (int c = 0; c < commands.size(); c++) {
                launches.get(c).add(launch(commands.get(c)));
            }
        }
        for (int c = 0; c < commands.size() && LAUNCHES > 0; c++) {
            System.out.println("   " + String.join(" ", commands.get(c)) + ": " + launches.get(c) + " ms, median "
                    + median(launches.get(c)) + " ms");
        }
        if (LAUNCHER != null) {
            System.exit(0);
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

    /** Starts the app as a user would, with fresh settings; returns how soon its window was on screen. */
    private static long launch(List<String> command) throws IOException, InterruptedException {
        Path settings = Files.createTempDirectory("report-auditor-timing");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CONFIG_HOME", settings.toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", LOG_TO_STDERR);
        long started = System.nanoTime();
        Process app = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (WINDOW_ON_SCREEN.matcher(line).find()) {
                    return (System.nanoTime() - started) / 1_000_000;
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
