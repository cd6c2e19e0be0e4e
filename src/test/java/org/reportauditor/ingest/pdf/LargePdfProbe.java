package org.reportauditor.ingest.pdf;

import java.nio.file.Path;

import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;

/**
 * Reads one PDF in a JVM of its own (started by {@link PdfResourcesTest} with a small heap) and
 * exits 0 if it was read without problems, printing how many tables it found.
 */
public final class LargePdfProbe {
    private LargePdfProbe() {
    }

    public static void main(String[] args) {
        RawDocument document = new PdfDocumentReader().read(Path.of(args[0]), ReadOptions.DEFAULT);
        System.out.println("tables=" + document.tables().size() + " problems=" + document.problems());
        System.exit(document.problems().isEmpty() ? 0 : 1);
    }
}
