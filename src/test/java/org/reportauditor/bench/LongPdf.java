package org.reportauditor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/** Long PDFs for the measurements: one report's pages over and over, in a temporary file. */
public final class LongPdf {
    private LongPdf() {
    }

    /** A temporary PDF of {@code copies} copies of {@code pdf}; the caller deletes it. */
    public static Path of(Path pdf, int copies) throws IOException {
        Path target = Files.createTempFile("long-report", ".pdf");
        PDFMergerUtility merger = new PDFMergerUtility();
        for (int i = 0; i < copies; i++) {
            merger.addSource(pdf.toFile());
        }
        merger.setDestinationFileName(target.toString());
        merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
        return target;
    }
}
