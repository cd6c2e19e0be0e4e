package org.reportauditor.app;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.control.Alert;

import org.reportauditor.app.i18n.UiStrings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of an exception nothing caught, on any thread of the app: it goes to the log file
 * with its stack trace, and the auditor sees one dialog saying so (one at a time: a fault that
 * repeats must not bury the window in dialogs). The work saved so far is untouched.
 */
final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final UiStrings strings;
    private final AtomicBoolean showing = new AtomicBoolean();

    private UnexpectedErrors(UiStrings strings) {
        this.strings = strings;
    }

    /** Catches what nothing else does, from now on, on every thread. */
    static void install(UiStrings strings) {
        UnexpectedErrors handler = new UnexpectedErrors(strings);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}", thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Platform.runLater(() -> {
            try {
                Alert alert = new Alert(Alert.AlertType.ERROR);
                alert.setTitle(strings.get("dialog.unexpected.title"));
                alert.setHeaderText(strings.get("dialog.unexpected.header"));
                alert.setContentText(strings.get("dialog.unexpected.text", String.valueOf(error)));
                alert.showAndWait();
            } finally {
                showing.set(false);
            }
        });
    }
}
