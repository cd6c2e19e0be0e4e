package org.reportauditor.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** The time between the frames the window draws while something goes on, for the app's measurements. */
final class FrameTimes {
    /** A frame slower than this is a visible stutter (three frames at 60 Hz). */
    static final long SLOW_FRAME_MS = 50;

    private final List<Long> gaps = Collections.synchronizedList(new ArrayList<>());

    private FrameTimes() {
    }

    /**
     * Calls {@code start} on the UI thread, then {@code frame} at each frame until it says the work
     * is done; returns the times between those frames. Fails after five minutes.
     */
    static FrameTimes whileRunning(Runnable start, BooleanSupplier frame) throws InterruptedException {
        FrameTimes times = new FrameTimes();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            start.run();
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        times.gaps.add((now - last) / 1_000_000);
                    }
                    last = now;
                    if (frame.getAsBoolean()) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the work watched did not end within five minutes");
        }
        return times;
    }

    /** "N frames: median …, 95th percentile …, slowest …, K over 50 ms". */
    String summary() {
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        long slow = sorted.stream().filter(ms -> ms > SLOW_FRAME_MS).count();
        return sorted.size() + " frames: median " + sorted.get(sorted.size() / 2) + " ms, 95th percentile "
                + sorted.get(sorted.size() * 95 / 100) + " ms, slowest " + sorted.get(sorted.size() - 1) + " ms, "
                + slow + " over " + SLOW_FRAME_MS + " ms";
    }
}
