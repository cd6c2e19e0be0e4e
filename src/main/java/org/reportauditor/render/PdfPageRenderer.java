package org.reportauditor.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Draws the pages of PDFs with PDFBox. */
public final class PdfPageRenderer implements PageRenderer {
    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the signature anywhere in the first kilobyte, after junk bytes. */
    private static final int SIGNATURE_WINDOW = 1024;

    @Override
    public boolean accepts(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SIGNATURE_WINDOW);
            for (int i = 0; i + SIGNATURE.length <= head.length; i++) {
                if (Arrays.equals(head, i, i + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
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
