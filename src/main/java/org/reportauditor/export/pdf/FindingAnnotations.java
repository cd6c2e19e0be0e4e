package org.reportauditor.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.ingest.pdf.PageDisplay;
import org.reportauditor.model.Box;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.SourceLocation.PageRegion;

/**
 * One Square annotation per finding over the places it concerns (their union on its first page; a
 * further one, named after it, on each other page it reaches), coloured by severity, with its
 * pop-up note, and its review status as a reply in the Review state model, which Acrobat's comment
 * list shows as Accepted or Rejected.
 */
final class FindingAnnotations {
    /** Outside the marked box, so the printed figure stays readable. */
    private static final double MARGIN = 1.5;
    private static final String STATE_MODEL = "Review";

    /** Where a finding was marked: its page (1-based) and box, in display coordinates. */
    record Marked(ReviewedFinding finding, PageRegion region) {
    }

    private final PDDocument document;
    private final FindingNote note;
    private final String appName;

    FindingAnnotations(PDDocument document, FindingNote note, String appName) {
        this.document = document;
        this.note = note;
        this.appName = appName;
    }

    /** The regions on the document's pages where the finding's places stand, grouped by page in order. */
    static List<PageRegion> regions(ReviewedFinding f, Placements placements) {
        List<SourceLocation> sources = new ArrayList<>();
        for (FindingPlace place : f.finding().places()) {
            if (place.source() != null) {
                sources.add(place.source());
            }
        }
        if (sources.isEmpty() && f.finding().source() != null) {
            sources.add(f.finding().source());
        }
        Map<Integer, PageRegion> byPage = new LinkedHashMap<>();
        for (SourceLocation source : sources) {
            for (PageRegion region : placements.regions(source)) {
                byPage.merge(region.page(), region, PageRegion::union);
            }
        }
        return List.copyOf(byPage.values());
    }

    /** Marks the finding at each region (the first one its own, the others continuations); null when there is none. */
    Marked mark(ReviewedFinding f, List<PageRegion> regions) throws IOException {
        PageRegion first = null;
        PDAnnotationSquare primary = null;
        for (PageRegion region : regions) {
            if (region.page() < 1 || region.page() > document.getNumberOfPages()) {
                continue;
            }
            PDAnnotationSquare square = square(f, region, primary == null ? f.id() : f.id() + "@" + region.page());
            if (primary == null) {
                primary = square;
                first = region;
                review(f, square, region);
            }
        }
        return first == null ? null : new Marked(f, first);
    }

    private PDAnnotationSquare square(ReviewedFinding f, PageRegion region, String name) throws IOException {
        PDPage page = document.getPage(region.page() - 1);
        Box box = region.box();
        PDRectangle rect = PageDisplay.of(page).userRectangle(new Box(box.x() - MARGIN, box.y() - MARGIN,
                box.width() + 2 * MARGIN, box.height() + 2 * MARGIN));
        PDAnnotationSquare square = new PDAnnotationSquare();
        square.setRectangle(rect);
        square.setColor(new PDColor(colour(f), PDDeviceRGB.INSTANCE));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(1.2f);
        square.setBorderStyle(border);
        signed(square, f, note.text(f));
        square.setAnnotationName(name);
        square.setSubject(note.severity(f) + " " + f.finding().rule());
        square.setPrinted(true);
        PDAnnotationPopup popup = new PDAnnotationPopup();
        popup.setRectangle(new PDRectangle(rect.getUpperRightX(), rect.getUpperRightY() - 120, 220, 120));
        popup.setParent(square);
        square.setPopup(popup);
        square.constructAppearances(document);
        page.getAnnotations().add(square);
        page.getAnnotations().add(popup);
        return square;
    }

    /** The status as a hidden reply in the Review state model: what Acrobat lists as Accepted or Rejected. */
    private void review(ReviewedFinding f, PDAnnotationSquare square, PageRegion region) throws IOException {
        if (f.status() == ReviewStatus.OPEN) {
            return;
        }
        PDAnnotationText state = new PDAnnotationText();
        state.setRectangle(square.getRectangle());
        state.setInReplyTo(square);
        state.setStateModel(STATE_MODEL);
        state.setState(f.status() == ReviewStatus.CONFIRMED ? "Accepted" : "Rejected");
        signed(state, f, note.status(f));
        state.setAnnotationName(f.id() + "@state");
        state.setHidden(true);
        state.setNoView(true);
        document.getPage(region.page() - 1).getAnnotations().add(state);
    }

    private void signed(PDAnnotationMarkup annotation, ReviewedFinding f, String contents) {
        annotation.setContents(contents);
        annotation.setTitlePopup(f.state().reviewer() != null ? f.state().reviewer() : appName);
        if (f.state().time() != null) {
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(f.state().time().toEpochMilli());
            annotation.setCreationDate(when);
            annotation.setModifiedDate(when);
        }
    }

    /** Red an error, amber a warning, grey a hint, blue the auditor's own. */
    static float[] colour(ReviewedFinding f) {
        if (f.manual()) {
            return new float[] {0.1f, 0.4f, 0.9f};
        }
        return f.finding().severity() == Severity.ERROR ? new float[] {0.86f, 0.1f, 0.1f}
                : f.finding().severity() == Severity.WARNING ? new float[] {0.95f, 0.6f, 0f}
                : new float[] {0.45f, 0.5f, 0.55f};
    }
}
