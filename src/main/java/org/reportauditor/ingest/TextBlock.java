package org.reportauditor.ingest;

import org.reportauditor.model.Paragraph;

/** A paragraph (or heading, or title line) of prose. */
public record TextBlock(Paragraph paragraph) implements Block {

    public String text() {
        return paragraph.text();
    }
}
