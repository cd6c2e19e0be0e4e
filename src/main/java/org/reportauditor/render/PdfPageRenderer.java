package org.reportauditor.render;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.reportauditor.model.DocumentKind;

/** Draws the pages of PDFs with PDFBox. */
public final class PdfPageRenderer implements PageRenderer {
    @Override
    public boolean draws(DocumentKind kind) {
        return kind == DocumentKind.PDF;
    }

    @Override
    public PageSource open(Path file, String password) throws IOException {
        PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                password == null ? "" : password);
        try {
            return new PdfPageSource(document);
        } catch (RuntimeException e) {
            document.close();
            throw e;
        }
    }
}
