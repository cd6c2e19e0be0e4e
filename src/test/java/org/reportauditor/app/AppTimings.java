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
import javafx.stage.Stage;

import org.reportauditor.Main;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.audit.Auditor;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.render.PdfPageRenderer;

/**
 * The app's performance figures of the README, measured (not asserted in tests) on a display
 * (Xvfb here): how soon after {@code java -jar} starts the window is on screen, and how soon after
 * a 4-page PDF is chosen its findings are listed and the page of its first finding is drawn with
 * the finding's box in view. Run it with
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
        List<Long> opens = opened(pdfs);
        for (int i = 0; i < pdfs.size(); i++) {
            System.out.println("   " + pdfs.get(i) + ": " + opens.get(i) + " ms");
        }
        System.exit(0);
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

    /**
     * Opens each file in one window, as the Open dialog does once a file is chosen, and times it
     * until the findings and the first finding's page are on screen.
     */
    private static List<Long> opened(List<Path> files) throws Exception {
        CompletableFuture<Auditor> engine = CompletableFuture.supplyAsync(Main::auditor);
        Path settings = Files.createTempDirectory("report-auditor-timing");
        CompletableFuture<MainWindow> started = new CompletableFuture<>();
        Platform.startup(() -> {
            MainWindow window = DesktopApp.open(new Stage(), engine::join, new PdfPageRenderer(),
                    new SettingsStore(settings));
            window.show(List.of());
            started.complete(window);
        });
        MainWindow window = started.get();
        TimeUnit.SECONDS.sleep(IDLE_AFTER_START_SECONDS);
        List<Long> times = new ArrayList<>();
        for (Path file : files) {
            times.add(timeOpening(window, file.toAbsolutePath()));
            TimeUnit.SECONDS.sleep(1);
        }
        return times;
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
