package org.reportauditor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.reportauditor.app.DesktopApp;
import org.reportauditor.app.settings.AppDataFolder;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.Auditor;
import org.reportauditor.check.AuditEngine;
import org.reportauditor.check.RuleRegistry;
import org.reportauditor.cli.CheckCommand;
import org.reportauditor.i18n.Messages;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.html.HtmlReader;
import org.reportauditor.ingest.pdf.PdfDocumentReader;
import org.reportauditor.ingest.text.PlainTextReader;
import org.reportauditor.ingest.word.DocReader;
import org.reportauditor.ingest.word.DocxReader;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.render.PdfPageRenderer;
import org.reportauditor.template.ReportRecognizer;

/**
 * The one entry of the jar, and the one place where the parts are wired together: {@code check …}
 * runs the headless checker, anything else opens the desktop app.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogFile.install(AppDataFolder.forCurrentUser());
        if (args.length > 0 && args[0].equals("check")) {
            // the engine is built on the second core while the first parses the arguments: a fresh
            // process must answer fast (scripts run it per file)
            CompletableFuture<Auditor> auditor = CompletableFuture.supplyAsync(Main::auditor);
            int status = CheckCommand.run(auditor::join, Main::prepareForReading,
                    new AuditFiles(AppDataFolder.forCurrentUser()), Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err, CheckCommand.stderrIsTerminal());
            System.exit(status);
        }
        Launcher launcher = new Launcher(Messages.chinese(), System.out, System.err);
        Optional<Integer> answered = launcher.answer(Arrays.asList(args));
        if (answered.isPresent()) {
            System.exit(answered.get());
        }
        // Monocle (the tests' headless toolkit) needs neither a display nor GTK
        if (!"Monocle".equals(System.getProperty("glass.platform"))) {
            Optional<String> cannot = launcher.cannotOpenWindow(System.getProperty("os.name", ""), System.getenv(),
                    Launcher.libraryFolders());
            if (cannot.isPresent()) {
                System.err.println(cannot.get());
                System.exit(Launcher.CANNOT_START);
            }
        }
        // a file to open: its engine is built while the window opens; none: when it is first asked
        // for (the app warms up on its sample once the window is on screen), so that until then
        // both cores build the window
        Supplier<Auditor> engine = args.length > 0 ? CompletableFuture.supplyAsync(Main::auditor)::join
                : new OnFirstUse<>(Main::auditor);
        StartupArchive.makeIfMissing();
        DesktopApp.launch(engine, new PdfPageRenderer(), SettingsStore.forCurrentUser(),
                new AuditFiles(AppDataFolder.forCurrentUser()), Arrays.asList(args));
    }

    /**
     * Readies the libraries these files need, on the thread that would otherwise wait for the engine
     * (a fresh {@code check} process builds it on the other core). The extension is only a guess
     * here; the readers go by the content.
     */
    private static void prepareForReading(List<Path> files) {
        if (files.stream().anyMatch(f -> String.valueOf(f.getFileName()).toLowerCase(Locale.ROOT).endsWith(".pdf"))) {
            PdfDocumentReader.prepareLibrary();
        }
    }

    /** The engine with every reader, as the app and the command line use it. */
    public static Auditor auditor() {
        DocumentReaders readers = DocumentReaders.lazy(Map.of(
                DocumentKind.PDF, PdfDocumentReader::new,
                DocumentKind.TEXT, PlainTextReader::new,
                DocumentKind.DOCX, DocxReader::new,
                DocumentKind.DOC, DocReader::new,
                DocumentKind.HTML, HtmlReader::new));
        return new Auditor(readers, new ReportRecognizer(), new AuditEngine(RuleRegistry.rules(), RuleRegistry.acrossRules()));
    }

    /** A value made once, by the first thread that asks for it. */
    private static final class OnFirstUse<T> implements Supplier<T> {
        private final Supplier<T> maker;
        private T value;

        OnFirstUse(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = maker.get();
            }
            return value;
        }
    }
}
