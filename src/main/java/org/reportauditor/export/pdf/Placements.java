package org.reportauditor.export.pdf;

import java.util.List;

import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.SourceLocation.PageRegion;

/** Where a place of the source stands in the exported PDF: one region per page it appears on, none if unknown. */
@FunctionalInterface
interface Placements {
    /** A PDF source: its pages are the export's, so its regions stand where they are. */
    Placements ORIGINAL_PAGES = location -> location instanceof PageRegion region ? List.of(region) : List.of();

    List<PageRegion> regions(SourceLocation location);
}
