package org.reportauditor.export.pdf;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.reportauditor.ingest.pdf.PageDisplay;
import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation.PageRegion;

/** The document outline: the summary, then one bookmark per finding opening its page at its mark. */
final class Bookmarks {
    /** Room above the mark when a bookmark opens its page. */
    private static final float ABOVE = 40;

    record Entry(String title, PageRegion region) {
    }

    private Bookmarks() {
    }

    static void add(PDDocument document, Entry summary, String findingsTitle, List<Entry> findings) {
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        outline.addLast(item(document, summary));
        PDOutlineItem all = new PDOutlineItem();
        all.setTitle(findingsTitle);
        all.setDestination(destination(document, summary.region()));
        for (Entry entry : findings) {
            all.addLast(item(document, entry));
        }
        outline.addLast(all);
        all.openNode();
    }

    private static PDOutlineItem item(PDDocument document, Entry entry) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(entry.title());
        item.setDestination(destination(document, entry.region()));
        return item;
    }

    private static PDPageXYZDestination destination(PDDocument document, PageRegion region) {
        PDPage page = document.getPage(region.page() - 1);
        Box box = region.box();
        PDRectangle mark = PageDisplay.of(page).userRectangle(box);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft(0);
        destination.setTop((int) Math.min(page.getCropBox().getUpperRightY(), mark.getUpperRightY() + ABOVE));
        return destination;
    }
}
