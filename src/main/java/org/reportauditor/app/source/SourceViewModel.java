package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.FindingTargets;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.app.session.ShownReview;
import org.reportauditor.model.Cell;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.Report;
import org.reportauditor.model.SourceLocation;

/**
 * The open report's file as the source view shows it, the places that findings concern, and the
 * place to bring into view: the selected finding's, or the chosen cell's.
 */
public final class SourceViewModel {
    public static final double MIN_ZOOM = 25;
    public static final double MAX_ZOOM = 400;
    private static final double ZOOM_STEP = 1.25;

    private final ReportSelection selection;
    private final UiStrings strings;
    private final ReadOnlyObjectWrapper<SourceDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ObservableList<SourceMark> marks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SourceLocation> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 100);
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(this, "fitWidth", true);

    private final ReadOnlyObjectProperty<ReviewedResult> reviewed;

    /** @param reviewed the open report as reviewed: its findings' statuses and the auditor's own are marked */
    public SourceViewModel(ReportSelection selection, UiStrings strings, ReadOnlyObjectProperty<ReviewedResult> reviewed) {
        this.reviewed = reviewed;
        reviewed.addListener((obs, old, now) -> mark());
        this.selection = selection;
        this.strings = strings;
        selection.reportProperty().addListener((obs, old, now) -> {
            document.set(documentOf(now));
            mark();
            focus.set(null);
        });
        strings.messagesProperty().addListener((obs, old, now) -> mark());
        selection.findingProperty().addListener((obs, old, now) -> {
            if (selection.switchingReport()) {
                return;
            }
            mark();
            if (now != null) {
                locations(now).stream().findFirst().ifPresent(this::focusOn);
            }
        });
        selection.cellProperty().addListener((obs, old, now) -> {
            if (selection.switchingReport()) {
                return;
            }
            mark();
            if (now != null) {
                sourceOf(now).ifPresent(this::focusOn);
            }
        });
    }

    public ReadOnlyObjectProperty<SourceDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Runs {@code action} whenever the marks change, until the subscription ends. */
    Subscription onMarksChanged(Runnable action) {
        ListChangeListener<SourceMark> listener = change -> action.run();
        marks.addListener(listener);
        return () -> marks.removeListener(listener);
    }

    /** Every marked place: the findings' (in report order), and the selection's. */
    public ObservableList<SourceMark> marks() {
        return marks;
    }

    /** The place to bring into view, {@code null} for none. */
    public ReadOnlyObjectProperty<SourceLocation> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** The zoom of PDF pages in percent of their printed size. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Whether PDF pages are zoomed to fill the view's width (the zoom then follows the width). */
    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    public void zoomIn() {
        setZoom(zoom.get() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() / ZOOM_STEP);
    }

    public void fitWidth() {
        fitWidth.set(true);
    }

    private void setZoom(double percent) {
        fitWidth.set(false);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent)));
    }

    /** A place of the source the auditor marked (words selected, a box drawn) to add a finding on. */
    public record MarkedPlace(SourceLocation location, String quote) {
    }

    private final ReadOnlyObjectWrapper<MarkedPlace> markedPlace = new ReadOnlyObjectWrapper<>(this, "markedPlace");

    /** The latest place marked for a finding of the auditor's own; the window asks for the finding. */
    public ReadOnlyObjectProperty<MarkedPlace> markedPlaceProperty() {
        return markedPlace.getReadOnlyProperty();
    }

    /** The auditor marked this place ({@code quote}: the words, or {@code null} for a box on a page). */
    public void markPlace(SourceLocation location, String quote) {
        // cleared first, so that the same place marked again is asked about again
        markedPlace.set(null);
        markedPlace.set(new MarkedPlace(location, quote));
    }

    /** The user clicked a mark: select its finding. */
    public void choose(SourceMark mark) {
        List<ReviewedFinding> findings = findings();
        if (mark.finding() >= 0 && mark.finding() < findings.size()) {
            selection.findingProperty().set(findings.get(mark.finding()).finding());
        }
    }

    private void focusOn(SourceLocation location) {
        // cleared first, so that choosing the same place again still brings it into view
        focus.set(null);
        focus.set(location);
    }

    private static SourceDocument documentOf(OpenedReport opened) {
        if (opened == null) {
            return null;
        }
        return opened.pageSource().<SourceDocument>map(SourceDocument.Pages::new)
                .orElseGet(() -> new SourceDocument.Text(opened.result().document()));
    }

    private void mark() {
        List<SourceMark> all = new ArrayList<>();
        List<ReviewedFinding> findings = findings();
        Finding selected = selection.findingProperty().get();
        String selectedId = selected == null ? null : selected.id();
        int selectedNumber = -1;
        for (int i = 0; i < findings.size(); i++) {
            ReviewedFinding reviewedFinding = findings.get(i);
            Finding finding = reviewedFinding.finding();
            boolean isSelected = finding.id().equals(selectedId);
            String tooltip = strings.get("tables.markReason", strings.get("finding.status."
                    + reviewedFinding.status().id()), strings.format(finding.message()));
            for (SourceLocation location : locations(finding)) {
                all.add(new SourceMark(i, location, finding.severity(), MarkRole.FINDING, tooltip, isSelected,
                        reviewedFinding.status(), reviewedFinding.manual()));
            }
            selectedNumber = isSelected ? i : selectedNumber;
        }
        if (selected != null) {
            int number = selectedNumber;
            List<CellAddress> marked = FindingTargets.marked(selected);
            for (CellAddress cell : selected.cells()) {
                if (!marked.contains(cell)) {
                    sourceOf(cell).ifPresent(location -> all.add(new SourceMark(number, location, selected.severity(),
                            MarkRole.EQUATION, null, true)));
                }
            }
        }
        CellAddress chosen = selection.cellProperty().get();
        if (chosen != null) {
            sourceOf(chosen).ifPresent(location -> all.add(new SourceMark(-1, location, null, MarkRole.CHOSEN, null,
                    true)));
        }
        marks.setAll(all);
    }

    /**
     * Where a finding stands: its marked cells, the place it names itself (a quote, a heading), and
     * the other words it names (each sentence copied from last year's report, say).
     */
    private Set<SourceLocation> locations(Finding finding) {
        Set<SourceLocation> locations = new LinkedHashSet<>();
        for (CellAddress cell : FindingTargets.marked(finding)) {
            sourceOf(cell).ifPresent(locations::add);
        }
        if (finding.source() != null) {
            locations.add(finding.source());
        }
        for (FindingPlace place : finding.places()) {
            if (place.cell() == null && place.source() != null) {
                locations.add(place.source());
            }
        }
        return locations;
    }

    private Optional<SourceLocation> sourceOf(CellAddress address) {
        Report report = report();
        return report == null ? Optional.empty() : report.cell(address).map(Cell::source);
    }

    private Report report() {
        OpenedReport opened = selection.reportProperty().get();
        return opened == null ? null : opened.result().report();
    }

    private List<ReviewedFinding> findings() {
        return ShownReview.of(selection.reportProperty().get(), reviewed.get()).findings();
    }
}
