package org.reportauditor.ingest.pdf;

/** Something that stands on a page in reading order: a table, or a paragraph of prose. */
sealed interface PageItem permits TableFragment, ParagraphDraft {

    /** Its top in the upright frame of the page it starts on, to order it among the others. */
    double top();
}
