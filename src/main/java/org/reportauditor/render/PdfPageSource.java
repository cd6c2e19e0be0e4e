package org.reportauditor.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open PDF. PDFBox documents are not safe for concurrent use, so rendering and closing are
 * serialised on this object; the page sizes are read once, when the document is opened.
 */
final class PdfPageSource implements PageSource {
    private static final Logger LOG = LoggerFactory.getLogger(PdfPageSource.class);

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final List<PageSize> sizes;
    private boolean closed;

    PdfPageSource(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        // big scanned images are drawn subsampled: the view never shows them at full resolution
        this.renderer.setSubsamplingAllowed(true);
        List<PageSize> all = new ArrayList<>(document.getNumberOfPages());
        for (PDPage page : document.getPages()) {
            all.add(displayedSize(page));
        }
        this.sizes = List.copyOf(all);
    }

    private static PageSize displayedSize(PDPage page) {
        PDRectangle crop = page.getCropBox();
        boolean quarterTurned = Math.floorMod(page.getRotation(), 180) == 90;
        return quarterTurned ? new PageSize(crop.getHeight(), crop.getWidth())
                : new PageSize(crop.getWidth(), crop.getHeight());
    }

    @Override
    public List<PageSize> pageSizes() {
        return sizes;
    }

    @Override
    public synchronized BufferedImage render(int page, double scale) throws IOException {
        if (closed) {
            throw new IOException("the document is closed");
        }
        if (page < 1 || page > sizes.size()) {
            throw new IllegalArgumentException("no page " + page + " in a document of " + sizes.size());
        }
        long start = System.nanoTime();
        BufferedImage image = renderer.renderImage(page - 1, (float) scale, ImageType.ARGB);
        LOG.debug("page {} drawn at scale {} in {} ms", page, scale, (System.nanoTime() - start) / 1_000_000);
        return image;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            document.close();
        } catch (IOException e) {
            LOG.warn("closing a PDF failed", e);
        }
    }
}
