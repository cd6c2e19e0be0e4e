package org.reportauditor.ingest.pdf;

/** Something that stands on a page in reading order: a table, or a paragraph of prose. */
sealed interface PageItem permits TableFragment, ParagraphDraft {

    /** Its top in the upright frame of its page, to order it among the other items of the page. */
    double top();
}
