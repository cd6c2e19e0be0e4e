package org.reportauditor.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Whether a page's content streams and its fonts' character maps decompress whole. PDFBox reads a corrupt Flate stream as far
 * as it goes and carries on without a word, so a page with flipped bytes would lose its text
 * silently, and the report would be blamed for what it lost; inflating the raw bytes tells.
 */
final class ContentStreams {
    /** Decompressed bytes counted per stream at most: content streams of report pages are far smaller. */
    private static final long MAX_INFLATED = 64L << 20;
    private static final int BUFFER = 16 << 10;

    private ContentStreams() {
    }

    /**
     * Whether every Flate-compressed content stream of the page, and every character map of its
     * fonts (a damaged one turns the text into other characters), inflates to its end without error.
     */
    static boolean intact(PDPage page) {
        try {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                if (!intact(streams.next().getCOSObject())) {
                    return false;
                }
            }
            PDResources resources = page.getResources();
            if (resources != null) {
                for (COSName name : resources.getFontNames()) {
                    COSBase font = resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name);
                    if (font instanceof COSDictionary dictionary
                            && dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map
                            && !intact(map)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean intact(COSStream stream) throws IOException {
        return !onlyFlate(stream) || inflates(stream);
    }

    private static boolean onlyFlate(COSStream stream) {
        COSBase filter = stream.getFilters();
        return COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter);
    }

    private static boolean inflates(COSStream stream) throws IOException {
        Inflater inflater = new Inflater();
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] in = new byte[BUFFER];
            byte[] out = new byte[BUFFER];
            long inflated = 0;
            int read;
            while (!inflater.finished() && (read = raw.read(in)) > 0) {
                inflater.setInput(in, 0, read);
                while (!inflater.needsInput() && !inflater.finished()) {
                    int n = inflater.inflate(out);
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        return true;
                    }
                    if (n == 0 && inflater.needsDictionary()) {
                        return false;
                    }
                }
            }
            return inflater.finished();
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }
}
