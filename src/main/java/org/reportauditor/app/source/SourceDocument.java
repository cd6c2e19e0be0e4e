package org.reportauditor.app.source;

import java.util.List;

import org.reportauditor.render.PageSource;

/** What the source view shows: the pages of a PDF, or the text of any other kind of file. */
public sealed interface SourceDocument {

    record Pages(PageSource pages) implements SourceDocument {
    }

    record Text(List<DocumentBlock> blocks) implements SourceDocument {
        public Text {
            blocks = List.copyOf(blocks);
        }
    }
}
