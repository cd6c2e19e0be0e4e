package org.reportauditor.app.source;

import org.reportauditor.ingest.RawDocument;
import org.reportauditor.render.PageSource;

/** What the source view shows: the pages of a PDF, or the document as any other kind of file lays it out. */
public sealed interface SourceDocument {

    record Pages(PageSource pages) implements SourceDocument {
    }

    /** The paragraphs and tables of a Word, HTML or text file (or of a PDF whose pages cannot be drawn). */
    record Text(RawDocument document) implements SourceDocument {
    }
}
