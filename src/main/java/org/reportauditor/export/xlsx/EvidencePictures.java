package org.reportauditor.export.xlsx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.Box;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.Finding;
import org.reportauditor.model.SourceLocation.PageRegion;
import org.reportauditor.render.PageSource;
import org.reportauditor.render.PdfPageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence beside a finding of a PDF report: the region of its page as printed around the
 * finding's first place, as a small PNG. Each page is drawn once; a page that cannot be drawn
 * gives no picture, never a failed export.
 */
final class EvidencePictures implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EvidencePictures.class);
    /** Points of the page around the place, so that its row and column labels show too. */
    private static final double AROUND_X = 90;
    private static final double AROUND_Y = 10;
    /** The picture's largest size, in pixels, and how sharp it is drawn at most. */
    static final int MAX_WIDTH = 300;
    static final int MAX_HEIGHT = 80;
    private static final double MAX_SCALE = 2;

    /** A picture and its size in pixels. */
    record Picture(byte[] png, int width, int height) {
    }

    private final PageSource pages;
    private final Map<Integer, BufferedImage> drawn = new HashMap<>();

    private EvidencePictures(PageSource pages) {
        this.pages = pages;
    }

    /** The pictures of a report: none unless its file is a PDF that can still be opened. */
    static EvidencePictures of(ReviewedResult report) {
        if (report.read().document().kind() != DocumentKind.PDF) {
            return new EvidencePictures(null);
        }
        try {
            return new EvidencePictures(new PdfPageRenderer().open(report.file(), null));
        } catch (IOException | RuntimeException e) {
            LOG.info("no evidence pictures of {}: {}", report.file(), e.toString());
            return new EvidencePictures(null);
        }
    }

    /** The picture of where the finding stands, {@code null} when there is none. */
    Picture of(Finding finding) {
        PageRegion region = finding.places().stream().map(FindingPlace::source)
                .filter(PageRegion.class::isInstance).map(PageRegion.class::cast).findFirst()
                .orElse(finding.source() instanceof PageRegion r ? r : null);
        if (pages == null || region == null || region.page() < 1 || region.page() > pages.pageCount()) {
            return null;
        }
        try {
            BufferedImage page = drawn.computeIfAbsent(region.page(), this::draw);
            if (page == null) {
                return null;
            }
            Box box = region.box();
            double x0 = Math.max(0, box.x() - AROUND_X);
            double y0 = Math.max(0, box.y() - AROUND_Y);
            double x1 = Math.min(pages.pageSizes().get(region.page() - 1).width(), box.right() + AROUND_X);
            double y1 = Math.min(pages.pageSizes().get(region.page() - 1).height(), box.bottom() + AROUND_Y);
            int px0 = (int) (x0 * MAX_SCALE);
            int py0 = (int) (y0 * MAX_SCALE);
            int width = Math.min(page.getWidth() - px0, (int) Math.ceil((x1 - x0) * MAX_SCALE));
            int height = Math.min(page.getHeight() - py0, (int) Math.ceil((y1 - y0) * MAX_SCALE));
            if (width <= 0 || height <= 0) {
                return null;
            }
            double fit = Math.min(1, Math.min((double) MAX_WIDTH / width, (double) MAX_HEIGHT / height));
            int outWidth = Math.max(1, (int) (width * fit));
            int outHeight = Math.max(1, (int) (height * fit));
            BufferedImage picture = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
            var g = picture.createGraphics();
            // the page is drawn on a transparent ground: paper is white
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, outWidth, outHeight);
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(page.getSubimage(px0, py0, width, height), 0, 0, outWidth, outHeight, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", png);
            return new Picture(png.toByteArray(), outWidth, outHeight);
        } catch (IOException | RuntimeException e) {
            LOG.info("no evidence picture for {}: {}", finding.id(), e.toString());
            return null;
        }
    }

    private BufferedImage draw(int page) {
        try {
            return pages.render(page, MAX_SCALE);
        } catch (IOException | RuntimeException e) {
            LOG.info("page {} not drawn for the evidence: {}", page, e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        if (pages != null) {
            pages.close();
        }
    }
}
