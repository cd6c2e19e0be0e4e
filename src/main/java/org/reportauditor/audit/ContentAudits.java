package org.reportauditor.audit;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.reportauditor.ingest.ReadOptions;

/**
 * Audits many files, those with the same bytes (SHA-256) read once: a folder often holds one report
 * twice, and a batch of copies is read as fast as its originals. Each file's result carries its own
 * name. Safe to call from several threads at once.
 */
public final class ContentAudits {
    private final Auditor auditor;
    private final UnaryOperator<AuditResult> kept;
    private final Map<String, CompletableFuture<AuditResult>> byDigest = new ConcurrentHashMap<>();

    /** @param kept what is kept of each audit, for the copies to come as for the file itself */
    public ContentAudits(Auditor auditor, UnaryOperator<AuditResult> kept) {
        this.auditor = auditor;
        this.kept = kept;
    }

    public AuditResult audit(Path file) {
        String digest = FileDigest.sha256(file);
        if (digest == null) {
            return kept.apply(auditor.audit(file));
        }
        CompletableFuture<AuditResult> mine = new CompletableFuture<>();
        CompletableFuture<AuditResult> first = byDigest.putIfAbsent(digest, mine);
        if (first != null) {
            // the first is being audited on another thread, never queued behind this one
            AuditResult audited = first.join();
            return new AuditResult(audited.report().withFile(file.toString()), audited.findings(),
                    audited.document().withFile(file), audited.lastYear());
        }
        try {
            AuditResult result = kept.apply(auditor.audit(file, file.toString(), ReadOptions.DEFAULT, digest));
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
