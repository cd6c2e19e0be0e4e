package org.reportauditor.app;

import java.nio.file.Path;

import org.reportauditor.Main;
import org.reportauditor.audit.Auditor;

/** The engine and the report files the app's tests use. */
public final class Fixtures {
    public static final Path REPORTS = Path.of("src/test/resources/reports");
    public static final Path BEIJING_TEXT = REPORTS.resolve("seeds/003_4fb9745642b3cd23.txt");
    public static final Path BEIJING_PDF = REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf");
    /** Built once: the engine is immutable and every test may share it. */
    private static final Auditor AUDITOR = Main.auditor();

    private Fixtures() {
    }

    /** The engine as Main wires it, with every reader there is. */
    public static Auditor auditor() {
        return AUDITOR;
    }
}
