package org.reportauditor.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * One audit of many files, as {@code check} over several files and the app's batch view run it:
 * the files on every core, those with the same bytes read once ({@link ContentAudits}), then each
 * report against the same agency's report of the year before ({@link Auditor#acrossYears}). It can
 * be cancelled from any thread: no file is begun after that, and {@link #audit} returns at once with
 * the files already done, paired among themselves.
 */
public final class BatchAudit {
    /** Told, from the worker threads, of each file as it is begun and when it is done. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void reading(Path file) {
            }

            @Override
            public void read(Path file, AuditResult result) {
            }
        };

        void reading(Path file);

        void read(Path file, AuditResult result);
    }

    /**
     * @param results   the files' audits in the files' order (only those done, when cancelled)
     * @param files     the file of each result
     * @param cancelled whether the batch was cancelled before every file was done
     */
    public record Outcome(List<AuditResult> results, List<Path> files, boolean cancelled) {
        public Outcome {
            results = List.copyOf(results);
            files = List.copyOf(files);
        }
    }

    private final Auditor auditor;
    private final int threads;
    private final UnaryOperator<AuditResult> kept;
    private final CompletableFuture<Void> cancelled = new CompletableFuture<>();

    /**
     * @param threads how many files are read at once
     * @param kept    what is kept of each audit (a large batch lets go of each document's layout)
     */
    public BatchAudit(Auditor auditor, int threads, UnaryOperator<AuditResult> kept) {
        this.auditor = auditor;
        this.threads = Math.max(1, threads);
        this.kept = kept;
    }

    /** Begins no further file; {@link #audit} returns with those done. */
    public void cancel() {
        cancelled.complete(null);
    }

    public boolean isCancelled() {
        return cancelled.isDone();
    }

    /** Audits the files; call once. A failure the auditor does not foresee (a bug) is thrown. */
    public Outcome audit(List<Path> files, Progress progress) throws InterruptedException {
        ContentAudits audits = new ContentAudits(auditor, kept);
        AtomicReferenceArray<AuditResult> done = new AtomicReferenceArray<>(files.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        CompletableFuture<Void> all = new CompletableFuture<>();
        if (files.isEmpty()) {
            all.complete(null);
        }
        int workers = Math.min(threads, Math.max(1, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "batch-audit");
            // a file still being read when the batch is cancelled must not keep the process alive
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < files.size() && !isCancelled();
                             i = next.getAndIncrement()) {
                            progress.reading(files.get(i));
                            AuditResult result = audits.audit(files.get(i));
                            done.set(i, result);
                            progress.read(files.get(i), result);
                            if (finished.incrementAndGet() == files.size()) {
                                all.complete(null);
                            }
                        }
                    } catch (RuntimeException | Error e) {
                        all.completeExceptionally(e);
                    }
                });
            }
            CompletableFuture.anyOf(all, cancelled).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            // after a failure too, the other workers begin no further file
            cancel();
            pool.shutdownNow();
        }
        List<AuditResult> results = new ArrayList<>();
        List<Path> audited = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            AuditResult result = done.get(i);
            if (result != null) {
                results.add(result);
                audited.add(files.get(i));
            }
        }
        return new Outcome(auditor.acrossYears(results), audited, results.size() != files.size());
    }
}
