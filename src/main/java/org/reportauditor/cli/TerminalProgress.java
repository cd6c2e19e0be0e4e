package org.reportauditor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.BatchAudit;
import org.reportauditor.i18n.Messages;

/**
 * How far {@code check} has got over many files, on stderr when a person watches it: a line a
 * second (done/total and the file being read), rewritten in place, and the last one when all are
 * read. Silent when stderr goes to a file or a pipe, which scripts read.
 */
final class TerminalProgress implements AutoCloseable, BatchAudit.Progress {
    private final PrintStream err;
    private final Messages messages;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<Path> reading = new AtomicReference<>();
    private final ScheduledExecutorService ticker;

    TerminalProgress(PrintStream err, Messages messages, int total) {
        this.err = err;
        this.messages = messages;
        this.total = total;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "check-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void reading(Path file) {
        reading.set(file);
    }

    @Override
    public void read(Path file, AuditResult result) {
        done.incrementAndGet();
    }

    private void print() {
        Path file = reading.get();
        synchronized (err) {
            err.print("\r" + messages.get("cli.progress", done.get(), total,
                    file == null ? "" : String.valueOf(file.getFileName())) + "\u001b[K");
            err.flush();
        }
    }

    /** The last line, left standing. */
    @Override
    public void close() {
        ticker.shutdownNow();
        reading.set(null);
        print();
        synchronized (err) {
            err.println();
        }
    }

    /**
     * Whether this process's stderr is a terminal: on Linux where its descriptor leads, elsewhere
     * whether the JVM has a console at all (the nearest Java 17 tells).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
