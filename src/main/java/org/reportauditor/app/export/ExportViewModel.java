package org.reportauditor.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.WriteFailure;
import org.reportauditor.export.pdf.AnnotatedPdfExport;
import org.reportauditor.export.xlsx.FindingWorkbookExport;
import org.reportauditor.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's exports: the same export classes as {@code check --pdf/--xlsx}, run on their own
 * thread with their progress shown, the reviewed result taken as it stands when asked; one at a
 * time. What came of it is one line for the status bar ({@link #outcomeProperty}), or a failure
 * naming the file for a dialog ({@link #failureProperty}); the review itself is never touched.
 */
public final class ExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    private final ReadOnlyObjectProperty<ReviewedResult> reviewed;
    private final UiStrings strings;
    private final Executor exportThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final BooleanProperty withoutDismissed = new SimpleBooleanProperty(this, "withoutDismissed");

    public ExportViewModel(ReadOnlyObjectProperty<ReviewedResult> reviewed, UiStrings strings, Executor exportThread) {
        this.reviewed = reviewed;
        this.strings = strings;
        this.exportThread = exportThread;
    }

    /** Beside the report, named after it: {@code 报告-批注.pdf}, {@code 报告-问题清单.xlsx}. */
    public Path suggestedTarget(ExportKind kind) {
        Path file = reviewed.get().file();
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String target = strings.get("export.suggested." + kind.extension(), stem);
        return file.getParent() == null ? Path.of(target) : file.getParent().resolve(target);
    }

    /** Starts writing {@code target}; does nothing without a report or while an export runs. */
    public void export(ExportKind kind, Path target) {
        ReviewedResult result = reviewed.get();
        if (result == null) {
            return;
        }
        boolean leaveOutDismissed = withoutDismissed.get();
        run(target, messages -> {
            if (kind == ExportKind.ANNOTATED_PDF) {
                new AnnotatedPdfExport(messages).write(result, target, leaveOutDismissed, this::reached);
            } else {
                new FindingWorkbookExport(messages).write(List.of(result), target, this::reached);
            }
        });
    }

    /** Starts writing the workbook of a batch's reports ({@code check FOLDER --xlsx}'s); one export at a time. */
    public void exportBatch(List<ReviewedResult> reports, Path target) {
        List<ReviewedResult> all = List.copyOf(reports);
        run(target, messages -> new FindingWorkbookExport(messages).write(all, target, this::reached));
    }

    /** What an export writes, in the messages' language. */
    private interface Writing {
        void write(Messages messages) throws IOException;
    }

    private void run(Path target, Writing writing) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(0);
        outcome.set(strings.get("export.running", target.getFileName()));
        Messages messages = strings.messages();
        exportThread.execute(() -> {
            try {
                writing.write(messages);
                Platform.runLater(() -> finish(strings.get("export.done", target), null));
            } catch (IOException | RuntimeException e) {
                LOG.warn("export to {} failed", target, e);
                String reason = WriteFailure.reason(e, messages);
                Platform.runLater(() -> finish(strings.get("export.failedShort", target.getFileName()),
                        strings.get("export.failed", target, reason)));
            }
        });
    }

    private void reached(int done, int total) {
        double share = total == 0 ? 1 : (double) done / total;
        Platform.runLater(() -> progress.set(share));
    }

    private void finish(String line, String failed) {
        running.set(false);
        progress.set(1);
        outcome.set(line);
        failure.set(failed);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The latest export's failure, naming the file and why; the window shows it and clears it. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void failureShown() {
        failure.set(null);
    }

    /** Whether the annotated PDF leaves dismissed findings out, as {@code --without-dismissed}. */
    public BooleanProperty withoutDismissedProperty() {
        return withoutDismissed;
    }
}
