package org.reportauditor.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.reportauditor.app.batch.BatchRow;
import org.reportauditor.app.batch.BatchViewModel;
import org.reportauditor.app.findings.FindingsViewModel;
import org.reportauditor.app.export.ExportViewModel;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.app.session.ReviewSession;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.session.ShownReview;
import org.reportauditor.app.settings.Settings;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.app.settings.WindowLayout;
import org.reportauditor.app.source.SourceViewModel;
import org.reportauditor.app.tables.TablesViewModel;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: which report is open (or being opened), the recent files, the language, and
 * the view-models of the source, the tables and the findings, which follow one shared selection.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final ReportOpener opener;
    private final SettingsStore store;
    private final SampleReport sample;
    private final UiStrings strings;
    private final ReportSelection selection = new ReportSelection();
    private final FindingsViewModel findings;
    private final TablesViewModel tables;
    private final SourceViewModel source;
    private final ReviewSession review;
    private final ReadOnlyStringWrapper saveFailure = new ReadOnlyStringWrapper(this, "saveFailure");

    private final ReadOnlyStringWrapper opening = new ReadOnlyStringWrapper(this, "opening");
    /** Busy while a file is being opened. */
    private final BooleanBinding busy = opening.isNotNull();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    /**
     * One read-only view for every caller: a view holds its source only weakly, so listeners on a
     * view made per call would stop hearing of changes once it is collected.
     */
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final ReadOnlyObjectWrapper<OpenFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<PasswordRequest> passwordRequest = new ReadOnlyObjectWrapper<>(this,
            "passwordRequest");
    private final BooleanBinding hasReport = Bindings.isNotNull(selection.reportProperty());
    private final BooleanBinding reportInBatch;
    private Settings settings;
    private static final String OS_USER = System.getProperty("user.name", "");

    private final ExportViewModel exports;
    private final BatchViewModel batch;
    /** Counts the openings; only the latest one may show its report. */
    private volatile long openings;

    MainViewModel(ReportOpener opener, SettingsStore store, SampleReport sample, UiStrings strings,
                  ReviewStore reviews, Executor saveThread, Executor exportThread, BatchViewModel batch) {
        this.opener = opener;
        this.batch = batch;
        this.reportInBatch = Bindings.createBooleanBinding(() -> selection.reportProperty().get() != null
                && batch.lists(selection.reportProperty().get().file()), selection.reportProperty(), batch.rows());
        this.store = store;
        this.sample = sample;
        this.strings = strings;
        this.settings = store.load();
        strings.setLanguage(settings.language());
        this.review = new ReviewSession(selection, reviews, opener::review, saveThread,
                message -> saveFailure.set(strings.get("review.saveFailed", message)), Clock.systemUTC(),
                settings.reviewerOr(OS_USER));
        this.findings = new FindingsViewModel(selection, strings, review);
        this.tables = new TablesViewModel(selection, strings, review.reviewedProperty());
        this.source = new SourceViewModel(selection, strings, review.reviewedProperty());
        this.exports = new ExportViewModel(review.reviewedProperty(), strings, exportThread);
        recentFiles.setAll(settings.recentFiles());
        // the batch's table tells the review as it now stands
        review.reviewedProperty().addListener((obs, old, now) -> {
            if (now != null && batch.openProperty().get()) {
                batch.reviewed(now.file(), now);
            }
        });
        strings.messagesProperty().addListener((obs, old, now) -> save(settings.withLanguage(strings.language())));
    }

    /** The name decisions are signed with: set once in 审核 › 审核人, else the OS user's. */
    public String reviewer() {
        return review.reviewer();
    }

    public void setReviewer(String name) {
        save(settings.withReviewer(name));
        review.setReviewer(settings.reviewerOr(OS_USER));
    }

    public ExportViewModel exports() {
        return exports;
    }

    /** The folder audited as a batch, if one is open. */
    public BatchViewModel batch() {
        return batch;
    }

    /** Audits every report under the folder as one batch; the window shows the batch, and the folder is remembered. */
    public void openFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        close();
        batch.open(absolute);
        remember(absolute);
    }

    /** Closes the batch and any report open from it: the welcome pane shows. */
    public void closeFolder() {
        close();
        batch.close();
    }

    /** Opens a report of the batch for review, checked against the report of the year before the batch paired it with. */
    public void open(BatchRow row) {
        Path file = row.file().toAbsolutePath().normalize();
        // not among the recent files: the folder is, and a day's reports would push it out
        open(file, String.valueOf(file.getFileName()), false, ReadOptions.DEFAULT, row.lastYear());
    }

    /** Whether the report shown is one of the open batch's, which the bar above it leads back to. */
    public BooleanBinding reportInBatchProperty() {
        return reportInBatch;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    /** The cell chosen in the tables, {@code null} when none is. */
    public CellAddress chosenCell() {
        return selection.cellProperty().get();
    }

    /** The cell's text as read from the file, {@code null} when it is not printed. */
    public String readingOf(CellAddress cell) {
        OpenedReport opened = selection.reportProperty().get();
        return opened == null ? null : opened.result().report().cell(cell).map(c -> c.text()).orElse(null);
    }

    public ReviewSession review() {
        return review;
    }

    /** Tells the auditor something of the review (an audit file unreadable, a report changed). */
    public void notice(org.reportauditor.model.Text text) {
        saveFailure.set(strings.format(text));
    }

    /** The latest save of the review that failed, or a notice about it, as a message; the window shows it. */
    public ReadOnlyStringWrapper saveFailureProperty() {
        return saveFailure;
    }

    public TablesViewModel tables() {
        return tables;
    }

    public SourceViewModel source() {
        return source;
    }

    public UiStrings strings() {
        return strings;
    }

    /**
     * Opens a file the user chose; the report shows once audited, a problem comes as a failure. A
     * folder (a recent one, say) opens as a batch.
     */
    public void open(Path file) {
        if (Files.isDirectory(file)) {
            openFolder(file);
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        // one of the batch's reports opens as the batch checked it, against last year's report
        Optional<BatchRow> inBatch = batch.rowOf(absolute);
        if (inBatch.isPresent()) {
            open(inBatch.get());
            return;
        }
        open(absolute, String.valueOf(absolute.getFileName()), true, ReadOptions.DEFAULT);
    }

    /** Opens a protected file again, with the password the user gave for it. */
    public void open(PasswordRequest request, String password) {
        open(request.file(), request.displayName(), request.remembered(), ReadOptions.withPassword(password));
    }

    public void openSample() {
        try {
            open(sample.copyToTemporaryFile(), strings.get("sample.name"), false, ReadOptions.DEFAULT);
        } catch (IOException e) {
            LOG.error("the sample report could not be copied", e);
            failure.set(new OpenFailure(strings.get("sample.name"), List.of(strings.get("open.unexpected",
                    e.getMessage()))));
        }
    }

    /**
     * Reads and checks the sample without showing it, for the window to rehearse on: the first
     * report of a fresh process loads and compiles the readers and the panes (about a second),
     * and the user's first report should not wait for that. Completes with {@code null} if the
     * sample cannot be had; the caller closes the report.
     */
    public CompletableFuture<OpenedReport> openSampleUnseen() {
        try {
            return opener.open(sample.copyToTemporaryFile(), strings.get("sample.name"), false, ReadOptions.DEFAULT);
        } catch (IOException e) {
            LOG.debug("no rehearsal: the sample report could not be copied", e);
            return CompletableFuture.completedFuture(null);
        }
    }

    private void open(Path file, String displayName, boolean remember, ReadOptions options) {
        open(file, displayName, remember, options, null);
    }

    private void open(Path file, String displayName, boolean remember, ReadOptions options, Report lastYear) {
        long opening = ++openings;
        this.opening.set(displayName);
        opener.open(file, displayName, remember, options, lastYear).whenComplete((opened, error) -> Platform.runLater(() -> {
            if (opening != openings) {
                if (opened != null) {
                    opened.close();
                }
                return;
            }
            this.opening.set(null);
            if (error != null) {
                LOG.error("opening {} failed unexpectedly", file, error);
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                failure.set(new OpenFailure(displayName, List.of(strings.get("open.unexpected",
                        String.valueOf(cause.getMessage())))));
            } else {
                show(opened);
            }
        }));
    }

    private void show(OpenedReport opened) {
        Report report = opened.result().report();
        List<Problem> problems = report.problems();
        if (problems.size() == 1 && problems.get(0).kind() == ProblemKind.ENCRYPTED) {
            opened.close();
            passwordRequest.set(new PasswordRequest(opened.file(), opened.displayName(), opened.remembered(),
                    strings.format(problems.get(0).message())));
            return;
        }
        boolean unreadable = opened.result().unreadable();
        // a part lost is told as a failure is (the report still opens, audited on what was read)
        if (!problems.isEmpty()) {
            failure.set(new OpenFailure(opened.displayName(),
                    problems.stream().map(p -> strings.format(p.message())).toList(), !unreadable));
            if (problems.stream().map(Problem::kind).anyMatch(k -> k == ProblemKind.NOT_FOUND)) {
                forget(opened.file());
            }
        }
        if (report.tables().isEmpty() && unreadable) {
            opened.close();
            return;
        }
        replace(opened);
        if (opened.remembered()) {
            remember(opened.file());
        }
        // the first error is where an auditor starts: show it at once
        findings.selectNext();
        // a batch's report (not remembered) was paired by the batch already
        if (opened.remembered() && opened.result().lastYear() == null) {
            lookForLastYear(opened);
        }
    }

    /**
     * Looks in the report's folder for the same agency's report of the year before, in the
     * background, and when it is there shows the report checked against it too, the review and the
     * finding chosen as they are then. Opening another report ends the search.
     */
    private void lookForLastYear(OpenedReport opened) {
        long search = openings;
        opener.againstLastYearBeside(opened.file(), opened.result(), () -> search != openings)
                .whenComplete((paired, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        LOG.warn("looking beside {} for last year's report failed", opened.file(), error);
                    } else if (paired.isPresent() && selection.reportProperty().get() == opened) {
                        Finding chosen = selection.findingProperty().get();
                        CellAddress chosenCell = selection.cellProperty().get();
                        review.reaudited(new OpenedReport(opened.file(), opened.displayName(), paired.get(),
                                opened.pages(), opened.remembered()));
                        selection.cellProperty().set(chosenCell);
                        findings.select(chosen == null ? null : chosen.id());
                    }
                }));
    }

    /** Closes the open report and shows the welcome pane; a report still being opened will not show. */
    public void close() {
        openings++;
        opening.set(null);
        replace(null);
    }

    /** Shows {@code next} (none: the welcome pane), then closes the report shown before it. */
    private void replace(OpenedReport next) {
        OpenedReport previous = selection.reportProperty().get();
        selection.reportProperty().set(next);
        if (previous != null) {
            previous.close();
        }
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** The latest file that could not be opened; the window shows it and then calls {@link #failureShown}. */
    public ReadOnlyObjectProperty<OpenFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void failureShown() {
        failure.set(null);
    }

    /** A file that needs a password; the window asks for it, then calls {@link #passwordAsked}. */
    public ReadOnlyObjectProperty<PasswordRequest> passwordRequestProperty() {
        return passwordRequest.getReadOnlyProperty();
    }

    public void passwordAsked() {
        passwordRequest.set(null);
    }

    public BooleanBinding hasReportProperty() {
        return hasReport;
    }

    /** The files opened last, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    public void clearRecentFiles() {
        save(new Settings(List.of(), settings.window(), settings.language(), settings.reviewer()));
    }

    private void remember(Path file) {
        save(settings.withRecentFile(file));
    }

    private void forget(Path file) {
        save(settings.withoutRecentFile(file));
    }

    private void save(Settings changed) {
        settings = changed;
        // the menus and the welcome pane rebuild their lists on a change: only on a real one
        if (!recentFiles.equals(changed.recentFiles())) {
            recentFiles.setAll(changed.recentFiles());
        }
        store.save(changed);
    }

    public Optional<WindowLayout> windowLayout() {
        return settings.windowLayout();
    }

    public void saveWindowLayout(WindowLayout layout) {
        save(settings.withWindow(layout));
    }

    /** The window's title: the app, and the file open. */
    public StringBinding titleProperty() {
        return strings.bind(() -> {
            OpenedReport opened = selection.reportProperty().get();
            String app = strings.get("app.title");
            return opened == null ? app : strings.get("window.title", opened.displayName(), app);
        }, selection.reportProperty());
    }

    /** What the status bar says: what is being opened, or what the open report is and holds. */
    public StringBinding statusProperty() {
        return strings.bind(() -> {
            if (opening.get() != null) {
                return strings.get("status.opening", opening.get());
            }
            OpenedReport opened = selection.reportProperty().get();
            if (opened == null) {
                return strings.get("status.ready");
            }
            // the findings as reviewed: a correction's finding gone, the auditor's own counted
            List<ReviewedFinding> findings = ShownReview.of(opened, review.reviewedProperty().get()).findings();
            return strings.get("status.findings", count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                    count(findings, Severity.INFO));
        }, opening, selection.reportProperty(), review.reviewedProperty());
    }

    private static long count(List<ReviewedFinding> findings, Severity severity) {
        return findings.stream().filter(f -> f.finding().severity() == severity).count();
    }

    /** Who published the open report for which year, in which template version; empty when none is open. */
    public StringBinding summaryProperty() {
        return strings.bind(() -> {
            OpenedReport opened = selection.reportProperty().get();
            if (opened == null) {
                return "";
            }
            Report report = opened.result().report();
            String agency = report.agency() == null ? strings.get("summary.unknownAgency") : report.agency();
            String year = report.year() == null ? "?" : report.year().toString();
            String version = report.version() == null ? "?" : report.version().id();
            return strings.get("summary.report", agency, year, version);
        }, selection.reportProperty());
    }
}
