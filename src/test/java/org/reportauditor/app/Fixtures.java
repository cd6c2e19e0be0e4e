package org.reportauditor.app;

import java.nio.file.Path;
import java.util.Map;

import org.reportauditor.audit.Auditor;
import org.reportauditor.check.AuditEngine;
import org.reportauditor.check.RuleRegistry;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.text.PlainTextReader;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.template.ReportRecognizer;

/** The engine and the report files the app's tests use. */
public final class Fixtures {
    public static final Path REPORTS = Path.of("src/test/resources/reports");
    public static final Path BEIJING_TEXT = REPORTS.resolve("seeds/003_4fb9745642b3cd23.txt");
    public static final Path BEIJING_PDF = REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf");

    private Fixtures() {
    }

    /** The engine as Main wires it, with every reader there is. */
    public static Auditor auditor() {
        DocumentReaders readers = new DocumentReaders(Map.of(
                DocumentKind.TEXT, new PlainTextReader()));
        return new Auditor(readers, new ReportRecognizer(), new AuditEngine(RuleRegistry.rules()));
    }
}
