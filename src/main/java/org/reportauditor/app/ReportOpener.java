package org.reportauditor.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.audit.ReportFileSearch;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.Report;
import org.reportauditor.model.Review;
import org.reportauditor.render.PageRenderer;
import org.reportauditor.render.PageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a report off the UI thread: the audit on the audit thread and, at the same time, the pages
 * for drawing on the render thread, so that the first page is ready about when the findings are.
 */
final class ReportOpener {
    private static final Logger LOG = LoggerFactory.getLogger(ReportOpener.class);

    private final Supplier<Auditor> auditor;
    private final PageRenderer renderer;
    /** Beyond this many other reports in its folder, a report's predecessor is left to the batch view to find. */
    static final int MOST_BESIDE = 100;

    private final Executor auditThread;
    private final Executor renderThread;
    private final Executor searchThread;
    /** Only the search thread uses it. */
    private final NeighbourAudits neighbours = new NeighbourAudits(2 * MOST_BESIDE);

    /** @param searchThread where the report of the year before is looked for, beside the report opened */
    ReportOpener(Supplier<Auditor> auditor, PageRenderer renderer, Executor auditThread, Executor renderThread,
                 Executor searchThread) {
        this.auditor = auditor;
        this.renderer = renderer;
        this.auditThread = auditThread;
        this.renderThread = renderThread;
        this.searchThread = searchThread;
    }

    /**
     * The audit checked against the same agency's report of the year before, when exactly one lies
     * in the same folder; empty when none does or {@code stop} says the search is no longer wanted.
     */
    CompletableFuture<Optional<AuditResult>> againstLastYearBeside(Path file, AuditResult result, BooleanSupplier stop) {
        return CompletableFuture.supplyAsync(() -> {
            Auditor engine = auditor.get();
            return engine.lastYearAmong(result, ReportFileSearch.besides(file, MOST_BESIDE),
                    neighbour -> neighbours.audit(neighbour, engine), stop)
                    .map(lastYear -> engine.againstLastYear(result, lastYear));
        }, searchThread);
    }

    /**
     * Audits the file; completes exceptionally only when the engine fails in a way it does not
     * foresee (a file it cannot read gives a result with problems).
     */
    CompletableFuture<OpenedReport> open(Path file, String displayName, boolean remembered, ReadOptions options) {
        return open(file, displayName, remembered, options, null);
    }

    /** The same, checked against {@code lastYear}, the same agency's report of the year before, if not {@code null}. */
    CompletableFuture<OpenedReport> open(Path file, String displayName, boolean remembered, ReadOptions options,
                                         Report lastYear) {
        CompletableFuture<AuditResult> audit = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            Auditor engine = auditor.get();
            AuditResult read = engine.audit(file, displayName, options);
            AuditResult result = lastYear == null ? read : engine.againstLastYear(read, lastYear);
            LOG.debug("{} audited in {} ms", displayName, (System.nanoTime() - start) / 1_000_000);
            return result;
        }, auditThread);
        CompletableFuture<PageSource> pages = CompletableFuture.supplyAsync(() -> pagesOf(file, options.password()),
                renderThread);
        return audit.thenCombine(pages, (result, source) -> new OpenedReport(file, displayName, result, source,
                remembered)).whenComplete((opened, failure) -> {
                    if (failure != null) {
                        pages.thenAccept(source -> {
                            if (source != null) {
                                source.close();
                            }
                        });
                    }
                });
    }

    /** The audit with the auditor's review applied (quick: only the checks run again, not the reading). */
    ReviewedResult review(AuditResult result, Review review) {
        return auditor.get().review(result, review);
    }

    /** The file's pages when it is a PDF that can be drawn, {@code null} otherwise. */
    private PageSource pagesOf(Path file, String password) {
        // by the file's content, as the readers go: an extension can lie
        if (DocumentReaders.kindOf(file).filter(renderer::draws).isEmpty()) {
            return null;
        }
        try {
            return renderer.open(file, password);
        } catch (IOException | RuntimeException e) {
            // the audit says what is wrong with the file; without pages the source shows its text
            LOG.debug("pages of {} cannot be drawn", file, e);
            return null;
        }
    }
}
