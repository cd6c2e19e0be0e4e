package org.reportauditor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.Auditor;
import org.reportauditor.audit.BatchAudit;
import org.reportauditor.audit.ReportFileSearch;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.export.JsonReportWriter;
import org.reportauditor.export.WriteFailure;
import org.reportauditor.export.pdf.AnnotatedPdfExport;
import org.reportauditor.export.xlsx.FindingWorkbookExport;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Problem;
import org.reportauditor.model.Report;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewStatus;
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
    private final AuditFiles auditFiles;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean showProgress;

    /**
     * @param auditor        gives the engine when the first file is audited (it may still be being built)
     * @param beforeAuditing is given the files to audit before the engine is asked for: what this
     *                       thread can prepare for them while the engine is built
     * @param showProgress   whether to tell on stderr how far the files' reading has got (when a person watches)
     */
    public CheckCommand(Supplier<Auditor> auditor, Consumer<List<Path>> beforeAuditing, AuditFiles auditFiles,
                        PrintStream out, PrintStream err, boolean showProgress) {
        this.showProgress = showProgress;
        this.auditor = auditor;
        this.beforeAuditing = beforeAuditing;
        this.auditFiles = auditFiles;
        this.out = out;
        this.err = err;
    }

    /** With the audit files of read-only folders kept under the temporary folder (for tests and tools). */
    public static int run(Supplier<Auditor> auditor, String[] args, OutputStream stdout, OutputStream stderr) {
        return run(auditor, files -> { }, new AuditFiles(Path.of(System.getProperty("java.io.tmpdir"),
                "report-auditor")), args, stdout, stderr);
    }

    public static int run(Supplier<Auditor> auditor, Consumer<List<Path>> beforeAuditing, AuditFiles auditFiles,
                          String[] args, OutputStream stdout, OutputStream stderr) {
        return run(auditor, beforeAuditing, auditFiles, args, stdout, stderr, false);
    }

    /**
     * Parses the arguments and runs the command; returns the exit status.
     *
     * @param showProgress whether stderr is a terminal, where the progress over many files is shown
     */
    public static int run(Supplier<Auditor> auditor, Consumer<List<Path>> beforeAuditing, AuditFiles auditFiles,
                          String[] args, OutputStream stdout, OutputStream stderr, boolean showProgress) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new CheckCommand(auditor, beforeAuditing, auditFiles, out, err, showProgress).run(args);
    }

    /** Whether this process's stderr is a terminal, where {@code check} shows its progress. */
    public static boolean stderrIsTerminal() {
        return TerminalProgress.stderrIsTerminal();
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
        ReportFileSearch.Found found = ReportFileSearch.expand(arguments.paths());
        for (Path folder : found.unreadable()) {
            err.println(messages.get("cli.folderUnreadable", folder));
        }
        List<Path> files = found.files();
        if (arguments.pdf() != null && files.size() != 1) {
            err.println(messages.get("cli.usage.pdfOneReport", files.size()));
            return UNREADABLE;
        }
        List<Checked> results;
        if (arguments.json()) {
            JsonOut json = new JsonOut(messages);
            results = audit(files, arguments, messages, json);
            json.finish();
            for (Checked r : results) {
                for (Problem p : r.reviewed().read().report().problems()) {
                    err.println(messages.format(p.message()));
                }
            }
        } else {
            results = audit(files, arguments, messages, result -> printReport(result.reviewed(), messages));
            printTotals(results, messages);
        }
        List<ReviewedResult> reviewed = results.stream().map(Checked::reviewed).toList();
        boolean exportFailed = false;
        if (arguments.pdf() != null) {
            exportFailed |= !export(arguments.pdf(), messages, () -> new AnnotatedPdfExport(messages)
                    .write(reviewed.get(0), arguments.pdf(), arguments.withoutDismissed(), ExportProgress.NONE));
        }
        if (arguments.xlsx() != null) {
            exportFailed |= !export(arguments.xlsx(), messages, () -> new FindingWorkbookExport(messages)
                    .write(reviewed, arguments.xlsx(), ExportProgress.NONE));
        }
        if (exportFailed || !found.unreadable().isEmpty() || reviewed.stream().anyMatch(r -> r.read().unreadable())) {
            return UNREADABLE;
        }
        return reviewed.stream().anyMatch(ReviewedResult::hasStandingErrors) ? ERRORS_FOUND : OK;
    }

    /** An export that cannot be written is one line naming the file; the audit's results stand. */
    private boolean export(Path target, Messages messages, Export export) {
        try {
            export.run();
            return true;
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("cli.exportFailed", target, WriteFailure.reason(e, messages)));
            return false;
        }
    }

    private interface Export {
        void run() throws IOException;
    }

    /** A file's reviewed audit, and the audit file applied to it ({@code null} when none was). */
    private record Checked(ReviewedResult reviewed, Path reviewFile) {
    }

    /** Applies the file's audit file to its audit, unless told not to. */
    private Checked reviewed(Auditor engine, Path file, AuditResult read, CheckArguments arguments, Messages messages) {
        Review review = Review.empty(String.valueOf(file.getFileName()), read.report().sha256());
        Path reviewFile = null;
        if (!arguments.noReview()) {
            Optional<Path> found = auditFiles.existing(file, read.report().sha256());
            if (found.isPresent()) {
                try {
                    review = auditFiles.load(found.get()).review();
                    reviewFile = found.get();
                } catch (IOException e) {
                    synchronized (err) {
                        err.println(messages.get("cli.reviewUnreadable", found.get(), String.valueOf(e.getMessage())));
                    }
                }
            }
        }
        return new Checked(engine.review(read, review), reviewFile);
    }

    /** The JSON on stdout, each report written in the files' order once they are all audited. */
    private final class JsonOut implements ResultSink {
        // the writer loads on the other core while the first files are audited
        private final CompletableFuture<JsonReportWriter> writer;
        private JsonReportWriter.Output output;

        JsonOut(Messages messages) {
            writer = CompletableFuture.supplyAsync(() -> new JsonReportWriter(messages));
        }

        @Override
        public void accept(Checked result) throws IOException {
            output().add(result.reviewed(), result.reviewFile());
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

    /** What is done with each result, in the files' order. */
    private interface ResultSink {
        void accept(Checked result) throws IOException;
    }

    /**
     * Audits the files on every core, then checks each report against the same agency's of the year
     * before; each result goes to the sink in the files' order.
     */
    private List<Checked> audit(List<Path> files, CheckArguments arguments, Messages messages, ResultSink sink)
            throws IOException {
        beforeAuditing.accept(files);
        Auditor engine = auditor.get();
        List<Checked> results = new ArrayList<>();
        if (files.size() == 1) {
            results.add(reviewed(engine, files.get(0), engine.audit(files.get(0)), arguments, messages));
            told(results.get(0), messages);
            sink.accept(results.get(0));
            return results;
        }
        // no export of several files draws their pages' layout: memory stays small however many there are
        BatchAudit batch = new BatchAudit(engine, Runtime.getRuntime().availableProcessors(),
                AuditResult::withoutLayout);
        BatchAudit.Outcome outcome;
        try (TerminalProgress progress = showProgress ? new TerminalProgress(err, messages, files.size()) : null) {
            outcome = batch.audit(files, progress == null ? BatchAudit.Progress.NONE : progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        }
        for (int i = 0; i < files.size(); i++) {
            results.add(reviewed(engine, files.get(i), outcome.results().get(i), arguments, messages));
            told(results.get(i), messages);
            sink.accept(results.get(i));
        }
        return results;
    }

    /** Says on stderr, once per file, that its review was applied. */
    private void told(Checked result, Messages messages) {
        if (result.reviewFile() != null) {
            err.println(messages.get("cli.reviewApplied", result.reviewFile()));
        }
    }

    private void printReport(ReviewedResult r, Messages messages) {
        Report report = r.corrected().report();
        out.println(messages.get("cli.report", report.file(), orDash(report.agency()),
                report.year() == null ? "-" : report.year(),
                report.version() == null ? "-" : report.version().id()));
        for (Problem p : report.problems()) {
            out.println("  " + messages.get("cli.problem", messages.format(p.message())));
        }
        for (ReviewedFinding reviewed : r.findings()) {
            Finding f = reviewed.finding();
            String status = reviewed.status() == ReviewStatus.OPEN ? ""
                    : "  [" + messages.get("review.status." + reviewed.status().id()) + "]";
            out.println("  " + messages.get("severity." + f.severity().id()) + "  " + f.rule() + "  "
                    + messages.format(f.message()) + status);
        }
    }

    private void printTotals(List<Checked> results, Messages messages) {
        long errors = results.stream().mapToLong(r -> r.reviewed().count(Severity.ERROR)).sum();
        long warnings = results.stream().mapToLong(r -> r.reviewed().count(Severity.WARNING)).sum();
        out.println(messages.get("cli.summary", results.size(), errors, warnings));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
