package org.reportauditor.app.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.audit.BatchAudit;
import org.reportauditor.audit.BatchSummary;
import org.reportauditor.audit.ReportFileSearch;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.Problem;
import org.reportauditor.model.Review;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder audited as one batch, in the background: every supported file under it, the checks
 * across years among them, each report's review as its audit file holds it. While it runs, the
 * progress and the file being read; the rows as files are read (the checks across years join them
 * at the end); Cancel keeps what is done. Files that cannot be read are rows with their problem.
 */
public final class BatchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BatchViewModel.class);

    private final Supplier<Auditor> auditor;
    private final Function<AuditResult, Optional<Review>> reviews;
    private final UiStrings strings;
    private final Executor batchThread;

    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyObjectWrapper<BatchSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
    private final BooleanBinding open = folder.isNotNull();
    /** The batch under way; a new one or closing makes the old one's late news go unheard. */
    private Run current;
    /** Reviews changed in the review view while the batch was read: they outrank what its audit files said. */
    private final Map<Path, Review> reviewedSince = new HashMap<>();

    /**
     * @param reviews     the saved review of a report, if it has one (its audit file)
     * @param batchThread where a batch is run (its files are read on every core from there)
     */
    public BatchViewModel(Supplier<Auditor> auditor, Function<AuditResult, Optional<Review>> reviews,
                          UiStrings strings, Executor batchThread) {
        this.auditor = auditor;
        this.reviews = reviews;
        this.strings = strings;
        this.batchThread = batchThread;
    }

    /** One batch's state, shared by the UI thread and the batch's threads. */
    private static final class Run {
        final Path folder;
        volatile boolean cancelled;
        volatile BatchAudit audit;
        volatile int total = -1;
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<Path> reading = new AtomicReference<>();
        final AtomicBoolean shownPending = new AtomicBoolean();
        final Queue<BatchRow> newRows = new ConcurrentLinkedQueue<>();
        /** Each file's audit as read, with the review its audit file holds. */
        final Map<Path, ReviewedResult> reviewedOf = new ConcurrentHashMap<>();

        Run(Path folder) {
            this.folder = folder;
        }

        void cancel() {
            cancelled = true;
            BatchAudit running = audit;
            if (running != null) {
                running.cancel();
            }
        }
    }

    /** Audits every supported file under {@code folder}; a batch still running is cancelled first. */
    public void open(Path folder) {
        if (current != null) {
            current.cancel();
        }
        Run run = new Run(folder.toAbsolutePath().normalize());
        current = run;
        reviewedSince.clear();
        this.folder.set(run.folder);
        rows.clear();
        summary.set(null);
        running.set(true);
        progress.set(-1);
        status.set(strings.get("batch.searching", run.folder));
        batchThread.execute(() -> audit(run));
    }

    /** Stops the batch under way: no file is begun after, those done stay listed. */
    public void cancel() {
        if (current != null && running.get()) {
            current.cancel();
        }
    }

    /** Closes the batch (cancelled if it runs): the window shows its welcome pane again. */
    public void close() {
        cancel();
        current = null;
        folder.set(null);
        rows.clear();
        summary.set(null);
        running.set(false);
        status.set(null);
    }

    private void audit(Run run) {
        boolean finished = false;
        try {
            ReportFileSearch.Found found = ReportFileSearch.expand(List.of(run.folder));
            run.total = found.files().size();
            Auditor engine = auditor.get();
            // one core is left to the window, so that it keeps drawing while the files are read
            BatchAudit batch = new BatchAudit(engine, Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                    AuditResult::withoutLayout);
            run.audit = batch;
            if (run.cancelled) {
                batch.cancel();
            }
            BatchAudit.Outcome outcome = batch.audit(found.files(), new BatchAudit.Progress() {
                @Override
                public void reading(Path file) {
                    run.reading.set(file);
                    show(run);
                }

                @Override
                public void read(Path file, AuditResult result) {
                    Review review = reviews.apply(result).orElse(Review.empty(String.valueOf(file.getFileName()),
                            result.report().sha256()));
                    ReviewedResult reviewed = engine.review(result, review);
                    run.reviewedOf.put(file, reviewed);
                    run.newRows.add(BatchRow.of(reviewed, problemsOf(result), ""));
                    run.done.incrementAndGet();
                    show(run);
                }
            });
            List<BatchRow> all = rowsOf(engine, outcome, run);
            finished = true;
            Platform.runLater(() -> finish(run, engine, outcome, all, found.unreadable()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the batch of {} failed", run.folder, e);
            Platform.runLater(() -> {
                if (run == current) {
                    status.set(strings.get("batch.failed", run.folder, String.valueOf(e.getMessage())));
                }
            });
        } finally {
            if (!finished) {
                // whatever stopped it, the batch no longer runs: its Cancel and the export must not wait for it
                Platform.runLater(() -> {
                    if (run == current) {
                        running.set(false);
                    }
                });
            }
        }
    }

    /** The final rows: each report with its checks across years, copies beside the file they copy. */
    private List<BatchRow> rowsOf(Auditor engine, BatchAudit.Outcome outcome, Run run) {
        Map<String, List<Integer>> bySha = new LinkedHashMap<>();
        for (int i = 0; i < outcome.results().size(); i++) {
            String sha = outcome.results().get(i).report().sha256();
            bySha.computeIfAbsent(sha == null ? "file:" + i : sha, k -> new ArrayList<>()).add(i);
        }
        List<BatchRow> all = new ArrayList<>(outcome.results().size());
        for (List<Integer> same : bySha.values()) {
            String first = String.valueOf(outcome.files().get(same.get(0)).getFileName());
            for (int i : same) {
                AuditResult result = outcome.results().get(i);
                Path file = outcome.files().get(i);
                ReviewedResult reviewed = run.reviewedOf.get(file);
                // a report the checks across years left as it was keeps the review applied when it was read
                if (reviewed == null || reviewed.read() != result) {
                    Review review = reviewed != null ? reviewed.review()
                            : Review.empty(String.valueOf(file.getFileName()), result.report().sha256());
                    reviewed = engine.review(result, review);
                }
                all.add(BatchRow.of(reviewed, problemsOf(result), i == same.get(0) ? "" : first));
            }
        }
        return all;
    }

    private String problemsOf(AuditResult result) {
        return String.join("；", result.report().problems().stream().map(Problem::message).map(strings::format)
                .toList());
    }

    /** Tells the UI thread what has changed, at most once per frame however fast files are read. */
    private void show(Run run) {
        if (run.shownPending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                run.shownPending.set(false);
                if (run != current || !running.get()) {
                    return;
                }
                List<BatchRow> added = new ArrayList<>();
                for (BatchRow row = run.newRows.poll(); row != null; row = run.newRows.poll()) {
                    added.add(row);
                }
                rows.addAll(added);
                int total = run.total;
                Path file = run.reading.get();
                progress.set(total <= 0 ? -1 : (double) run.done.get() / total);
                status.set(strings.get("batch.reading", run.done.get(), total,
                        file == null ? "" : String.valueOf(file.getFileName())));
            });
        }
    }

    private void finish(Run run, Auditor engine, BatchAudit.Outcome outcome, List<BatchRow> read,
                        List<Path> unreadableFolders) {
        if (run != current) {
            return;
        }
        // a report reviewed while the batch was read keeps that review, now with the checks across years
        List<BatchRow> all = new ArrayList<>(read.size());
        for (BatchRow row : read) {
            Review since = reviewedSince.get(row.file());
            all.add(since == null ? row : BatchRow.of(engine.review(row.reviewed().read(), since), row.problems(),
                    row.sameAs()));
        }
        running.set(false);
        progress.set(1);
        rows.setAll(all);
        summary.set(BatchSummary.of(reviewedReports()));
        long unreadable = all.stream().filter(r -> r.reviewed().read().unreadable()).count();
        long withErrors = all.stream().filter(r -> r.reviewed().hasStandingErrors()).count();
        String line = outcome.cancelled()
                ? strings.get("batch.cancelled", all.size(), run.total)
                : run.total == 0 ? strings.get("batch.empty", run.folder)
                : strings.get("batch.done", all.size(), withErrors, unreadable);
        if (!unreadableFolders.isEmpty()) {
            line += strings.get("batch.foldersUnreadable", unreadableFolders.size(), unreadableFolders.get(0));
        }
        status.set(line);
    }

    /** The reports as they stand, in the table's first order: what the batch workbook lists. */
    public List<ReviewedResult> reviewedReports() {
        return rows.stream().map(BatchRow::reviewed).toList();
    }

    /**
     * A report's row after its review changed in the review view, so the table tells it: the row
     * keeps the batch's audit of the file (paired with last year's report) and takes the review.
     */
    public void reviewed(Path file, ReviewedResult now) {
        if (running.get()) {
            reviewedSince.put(file, now.review());
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).file().equals(file)) {
                BatchRow row = rows.get(i);
                rows.set(i, BatchRow.of(auditor.get().review(row.reviewed().read(), now.review()), row.problems(),
                        row.sameAs()));
            }
        }
        if (!running.get() && summary.get() != null) {
            summary.set(BatchSummary.of(reviewedReports()));
        }
    }

    /** Whether the batch open lists that file. */
    public boolean lists(Path file) {
        return rowOf(file).isPresent();
    }

    /** The batch's row of that file, if it lists it. */
    public Optional<BatchRow> rowOf(Path file) {
        return rows.stream().filter(r -> r.file().equals(file)).findFirst();
    }

    /** Where the batch workbook goes unless the auditor says otherwise: in the folder, after it. */
    public Path suggestedWorkbook() {
        Path at = folder.get();
        return at.resolve(strings.get("batch.suggested.xlsx", String.valueOf(at.getFileName())));
    }

    public ObservableList<BatchRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** Whether a batch is open (running or done). */
    public BooleanBinding openProperty() {
        return open;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The share of the files done; negative while their number is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the batch is doing, or what it came to. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the batch adds up to, once it is done ({@code null} before). */
    public ReadOnlyObjectProperty<BatchSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
