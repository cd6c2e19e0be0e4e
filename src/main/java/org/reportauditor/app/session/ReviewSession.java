package org.reportauditor.app.session;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.AddedFinding;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;

/**
 * The auditor's review of the open report: each change makes a new {@link Review}, applied to the
 * audit at once ({@code ReviewApplier}, through {@code review}) and saved in the background, with
 * undo and redo over every change.
 */
public final class ReviewSession {
    private final ReportSelection selection;
    private final ReviewStore store;
    private final BiFunction<AuditResult, Review, ReviewedResult> review;
    private final Executor saveThread;
    private final Consumer<String> saveFailed;
    private final Clock clock;
    private volatile String reviewer;

    private final ReadOnlyObjectWrapper<ReviewedResult> reviewed = new ReadOnlyObjectWrapper<>(this, "reviewed");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final Deque<Review> undone = new ArrayDeque<>();
    private final Deque<Review> done = new ArrayDeque<>();
    /** The review kept while the open report is shown audited again. */
    private Review kept;

    /**
     * @param review     applies a review to an audit
     * @param saveFailed told, on the UI thread, the message of a save that failed
     * @param reviewer   the name decisions are signed with
     */
    public ReviewSession(ReportSelection selection, ReviewStore store, BiFunction<AuditResult, Review, ReviewedResult> review,
                         Executor saveThread, Consumer<String> saveFailed, Clock clock, String reviewer) {
        this.selection = selection;
        this.store = store;
        this.review = review;
        this.saveThread = saveThread;
        this.saveFailed = saveFailed;
        this.clock = clock;
        this.reviewer = reviewer;
        selection.reportProperty().addListener((obs, old, now) -> load(now));
    }

    /** The open report as reviewed, {@code null} when none is open. */
    public ReadOnlyObjectProperty<ReviewedResult> reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public String reviewer() {
        return reviewer;
    }

    /** Signs the decisions made from now on with {@code name}; those made before keep their signature. */
    public void setReviewer(String name) {
        this.reviewer = name;
    }

    /** The status the auditor gave that finding ({@code OPEN} where none). */
    public ReviewStatus statusOf(Finding finding) {
        ReviewedResult r = reviewed.get();
        if (r == null) {
            return ReviewStatus.OPEN;
        }
        return r.review().decision(finding.id()).map(d -> d.status()).orElse(ReviewStatus.OPEN);
    }

    /** The comment on that finding's current decision, empty where none. */
    public String commentOf(Finding finding) {
        ReviewedResult r = reviewed.get();
        return r == null ? "" : r.review().decision(finding.id()).map(d -> d.state().comment()).orElse("");
    }

    /** Sets the finding's status and comment, signed and dated. */
    public void decide(Finding finding, ReviewStatus status, String comment) {
        ReviewedResult r = reviewed.get();
        if (r == null || finding == null) {
            return;
        }
        change(r.review().decide(finding.id(), new ReviewState(status, comment, reviewer, now())));
    }

    /**
     * Records what the document really prints at a misread cell ({@code null}: a blank), beside the
     * reading; the checks run again on it at once.
     */
    public void correct(CellAddress cell, BigDecimal value, String note) {
        ReviewedResult r = reviewed.get();
        if (r == null || cell == null) {
            return;
        }
        String printed = r.read().report().cell(cell).map(c -> c.text()).orElse(null);
        change(r.review().correct(new Correction(cell, printed, value, note, reviewer, now(), null)));
    }

    /** A finding of the auditor's own on that cell. */
    public void addFinding(CellAddress cell, Severity severity, String comment) {
        ReviewedResult r = reviewed.get();
        if (r == null || cell == null) {
            return;
        }
        change(r.review().add(new AddedFinding(r.review().nextAddedId(), severity, comment, List.of(cell), null, null,
                reviewer, now(), null)));
    }

    /** Adds a finding of the auditor's own on a place of the source: words ({@code quote}) or a box on a page. */
    public void addFinding(SourceLocation place, String quote, Severity severity, String comment) {
        ReviewedResult r = reviewed.get();
        if (r == null || place == null) {
            return;
        }
        change(r.review().add(new AddedFinding(r.review().nextAddedId(), severity, comment, List.of(), quote, place,
                reviewer, now(), null)));
    }

    public void undo() {
        ReviewedResult r = reviewed.get();
        if (r != null && !done.isEmpty()) {
            undone.push(r.review());
            show(done.pop());
        }
    }

    public void redo() {
        ReviewedResult r = reviewed.get();
        if (r != null && !undone.isEmpty()) {
            done.push(r.review());
            show(undone.pop());
        }
    }

    /** A new review of the open report, undoable. */
    public void change(Review next) {
        ReviewedResult r = reviewed.get();
        if (r == null) {
            return;
        }
        done.push(r.review());
        undone.clear();
        show(next);
    }

    private void show(Review next) {
        OpenedReport opened = selection.reportProperty().get();
        reviewed.set(review.apply(opened.result(), next));
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        AuditResult audit = opened.result();
        // never on the UI thread: a slow disk must not stop the auditor's typing
        saveThread.execute(() -> {
            try {
                store.save(audit, next);
            } catch (java.io.IOException | RuntimeException e) {
                Platform.runLater(() -> saveFailed.accept(String.valueOf(e.getMessage())));
            }
        });
    }

    /**
     * Shows the open report audited again (its checks against last year's report added, say) with
     * the review as it stands, its undo history kept: nothing is read from the audit file, so no
     * change the auditor made meanwhile can be lost.
     */
    public void reaudited(OpenedReport next) {
        ReviewedResult now = reviewed.get();
        kept = now == null ? null : now.review();
        try {
            selection.reportProperty().set(next);
        } finally {
            kept = null;
        }
    }

    private void load(OpenedReport opened) {
        if (kept != null && opened != null) {
            reviewed.set(review.apply(opened.result(), kept));
            return;
        }
        done.clear();
        undone.clear();
        canUndo.set(false);
        canRedo.set(false);
        if (opened == null) {
            reviewed.set(null);
            return;
        }
        AuditResult audit = opened.result();
        Review saved = store.load(audit).orElseGet(() -> Review.empty(opened.displayName(), audit.report().sha256()));
        reviewed.set(review.apply(audit, saved));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
