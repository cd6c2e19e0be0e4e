package org.reportauditor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.export.JsonReportWriter;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Problem;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;


/**
 * {@code check}: audits report files and folders headless, as {@code spec/cli.md} specifies. Exit
 * status 0 when no finding is an error, 1 when one is, 2 when an argument is wrong or a file could
 * not be read at all (the other files are still audited).
 */
public final class CheckCommand {
    public static final int OK = 0;
    public static final int ERRORS_FOUND = 1;
    public static final int UNREADABLE = 2;

    private final Supplier<Auditor> auditor;
    private final Consumer<List<Path>> beforeAuditing;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param auditor        gives the engine when the first file is audited (it may still be being built)
     * @param beforeAuditing is given the files to audit before the engine is asked for: what this
     *                       thread can prepare for them while the engine is built
     */
    public CheckCommand(Supplier<Auditor> auditor, Consumer<List<Path>> beforeAuditing, PrintStream out,
                        PrintStream err) {
        this.auditor = auditor;
        this.beforeAuditing = beforeAuditing;
        this.out = out;
        this.err = err;
    }

    /** Parses the arguments and runs the command; returns the exit status. */
    public static int run(Supplier<Auditor> auditor, String[] args, OutputStream stdout, OutputStream stderr) {
        return run(auditor, files -> { }, args, stdout, stderr);
    }

    public static int run(Supplier<Auditor> auditor, Consumer<List<Path>> beforeAuditing, String[] args,
                          OutputStream stdout, OutputStream stderr) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new CheckCommand(auditor, beforeAuditing, out, err).run(args);
    }

    int run(String[] args) {
        CheckArguments arguments;
        try {
            arguments = CheckArguments.parse(args);
        } catch (CheckArguments.UsageException e) {
            Messages messages = Messages.forLanguage(CheckArguments.languageIn(args));
            err.println(messages.format(e.text()));
            err.println(messages.get("cli.usage"));
            return UNREADABLE;
        }
        Messages messages = Messages.forLanguage(arguments.language());
        if (arguments.help()) {
            out.println(messages.get("cli.usage"));
            return OK;
        }
        if (arguments.version()) {
            String v = CheckCommand.class.getPackage().getImplementationVersion();
            out.println("Report Auditor " + (v == null ? "(development build)" : v));
            return OK;
        }
        if (arguments.xlsx() != null || arguments.pdf() != null) {
            err.println(messages.get("cli.exportNotAvailable"));
            return UNREADABLE;
        }
        try {
            return check(arguments, messages);
        } catch (IOException e) {
            err.println(messages.get("cli.ioError", e.getMessage()));
            return UNREADABLE;
        } catch (RuntimeException e) {
            // a bug: the JSON written so far is left unfinished, so that no script takes it for complete
            err.println(messages.get("cli.internalError", e));
            return UNREADABLE;
        }
    }

    private int check(CheckArguments arguments, Messages messages) throws IOException {
        List<Path> files = ReportFiles.expand(arguments.paths());
        List<AuditResult> results;
        if (arguments.json()) {
            JsonOut json = new JsonOut(messages);
            results = audit(files, json);
            json.finish();
            for (AuditResult r : results) {
                for (Problem p : r.report().problems()) {
                    err.println(messages.format(p.message()));
                }
            }
        } else {
            results = audit(files, result -> printReport(result, messages));
            printTotals(results, messages);
        }
        if (results.stream().anyMatch(AuditResult::unreadable)) {
            return UNREADABLE;
        }
        return results.stream().anyMatch(AuditResult::hasErrors) ? ERRORS_FOUND : OK;
    }

    /** The JSON on stdout, each report written as soon as it and those before it are audited. */
    private final class JsonOut implements ResultSink {
        // the writer loads on the other core while the first files are audited
        private final CompletableFuture<JsonReportWriter> writer;
        private JsonReportWriter.Output output;

        JsonOut(Messages messages) {
            writer = CompletableFuture.supplyAsync(() -> new JsonReportWriter(messages));
        }

        @Override
        public void accept(AuditResult result) throws IOException {
            output().add(result);
        }

        void finish() throws IOException {
            output().close();
            out.println();
        }

        private JsonReportWriter.Output output() throws IOException {
            if (output == null) {
                output = writer.join().open(out);
            }
            return output;
        }
    }

    /** What is done with each result, in the files' order, as soon as it and those before it are in. */
    private interface ResultSink {
        void accept(AuditResult result) throws IOException;
    }

    /** Audits the files on every core; each result goes to the sink in the files' order. */
    private List<AuditResult> audit(List<Path> files, ResultSink sink) throws IOException {
        beforeAuditing.accept(files);
        Auditor engine = auditor.get();
        List<AuditResult> results = new ArrayList<>();
        if (files.size() == 1) {
            results.add(engine.audit(files.get(0)));
            sink.accept(results.get(0));
            return results;
        }
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AuditResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> engine.audit(file)));
            }
            for (Future<AuditResult> f : futures) {
                results.add(f.get());
                sink.accept(results.get(results.size() - 1));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        } catch (ExecutionException e) {
            // the auditor turns every failure of a file into a problem: this is a bug, shown as one
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void printReport(AuditResult r, Messages messages) {
        Report report = r.report();
        out.println(messages.get("cli.report", report.file(), orDash(report.agency()),
                report.year() == null ? "-" : report.year(),
                report.version() == null ? "-" : report.version().id()));
        for (Problem p : report.problems()) {
            out.println("  " + messages.get("cli.problem", messages.format(p.message())));
        }
        for (Finding f : r.findings()) {
            out.println("  " + messages.get("severity." + f.severity().id()) + "  " + f.rule() + "  "
                    + messages.format(f.message()));
        }
    }

    private void printTotals(List<AuditResult> results, Messages messages) {
        long errors = results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        out.println(messages.get("cli.summary", results.size(), errors, warnings));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
