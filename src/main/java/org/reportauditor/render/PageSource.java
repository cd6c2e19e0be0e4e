package org.reportauditor.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * The pages of one open document, ready to be drawn. Page numbers are 1-based, as in
 * {@code SourceLocation.PageRegion}. Safe to call from any thread; rendering is slow, so callers
 * keep it off the UI thread.
 */
public interface PageSource extends AutoCloseable {

    /** Every page's size, in page order; known without rendering anything. */
    List<PageSize> pageSizes();

    default int pageCount() {
        return pageSizes().size();
    }

    /**
     * Draws a page with {@code scale} image pixels per PDF point (1 gives 72 dpi), as an image of
     * type {@link BufferedImage#TYPE_INT_ARGB}.
     */
    BufferedImage render(int page, double scale) throws IOException;

    @Override
    void close();
}
