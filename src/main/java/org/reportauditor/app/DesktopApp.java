package org.reportauditor.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.reportauditor.app.batch.BatchViewModel;
import org.reportauditor.app.export.ExportTargets;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.AuditFileStore;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.Auditor;
import org.reportauditor.i18n.Messages;
import org.reportauditor.render.PageRenderer;

/** Starts the desktop app: the JavaFX toolkit, the worker threads, the view-models and the window. */
public final class DesktopApp {
    private DesktopApp() {
    }

    /**
     * Opens the window and, if given, the report file in {@code args}; returns at once, and the
     * process ends when the window is closed.
     *
     * @param auditor gives the engine when the first report is opened (it may still be being built)
     */
    public static void launch(Supplier<Auditor> auditor, PageRenderer renderer, SettingsStore settings,
                              AuditFiles auditFiles, List<String> args) {
        // PDFBox draws with Java2D only; without a display toolkit of its own AWT cannot get in
        // JavaFX's way (on macOS both would claim the main thread)
        System.setProperty("java.awt.headless", "true");
        List<Path> files = args.stream().map(Path::of).toList();
        Platform.startup(() -> {
            MainWindow[] window = new MainWindow[1];
            // what the auditor must know of an audit file comes as the window's notice
            ReviewStore reviews = new AuditFileStore(auditFiles, text -> Platform.runLater(
                    () -> window[0].model().notice(text)));
            window[0] = open(new Stage(), auditor, renderer, settings, reviews);
            UnexpectedErrors.install(window[0].model().strings());
            window[0].show(files);
        });
    }

    /** Builds the window on {@code stage}, with its own worker threads that end when it closes. */
    public static MainWindow open(Stage stage, Supplier<Auditor> auditor, PageRenderer renderer,
                                  SettingsStore settings, ReviewStore reviews) {
        return open(stage, auditor, renderer, settings, reviews, null);
    }

    /** The same, asking {@code targets} where an export goes ({@code null}: the save dialog). */
    public static MainWindow open(Stage stage, Supplier<Auditor> auditor, PageRenderer renderer,
                                  SettingsStore settings, ReviewStore reviews, ExportTargets targets) {
        ExecutorService auditThread = Executors.newSingleThreadExecutor(daemon("audit"));
        ExecutorService renderThread = Executors.newSingleThreadExecutor(daemon("render"));
        // the review is saved in order, off the UI thread; not a daemon, so a save under way finishes
        ExecutorService saveThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "save"));
        // an export under way when the window closes is finished too: its file is written atomically
        ExecutorService exportThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "export"));
        // a folder's batch runs from here, its files read on every core
        ExecutorService batchThread = Executors.newSingleThreadExecutor(daemon("batch"));
        UiStrings strings = new UiStrings(Messages.chinese());
        BatchViewModel batch = new BatchViewModel(auditor, reviews::peek, strings, batchThread);
        // the report of the year before is looked for beside a report opened, where it slows no opening
        ExecutorService searchThread = Executors.newSingleThreadExecutor(daemon("last-year"));
        MainViewModel model = new MainViewModel(new ReportOpener(auditor, renderer, auditThread, renderThread,
                searchThread),
                settings, new SampleReport(), strings, reviews, saveThread, exportThread, batch);
        MainWindow window = new MainWindow(stage, model, renderThread,
                targets != null ? targets : ExportTargets.saveDialog(strings));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            batch.cancel();
            batchThread.shutdownNow();
            searchThread.shutdownNow();
            auditThread.shutdownNow();
            renderThread.shutdownNow();
            saveThread.shutdown();
            exportThread.shutdown();
        });
        return window;
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
