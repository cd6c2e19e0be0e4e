package org.reportauditor.ingest.pdf;

import java.util.List;

import org.reportauditor.model.Box;

/** One printed line of text in the upright frame of its page, with the chunks it falls into. */
record TextLine(String text, Box box, double size, List<TextChunk> chunks) {

    TextLine {
        chunks = List.copyOf(chunks);
    }

    double left() {
        return box.x();
    }

    double right() {
        return box.right();
    }

    double top() {
        return box.y();
    }

    double baseline() {
        return box.bottom();
    }

    /** The text without any whitespace, as patterns are matched against. */
    String compactText() {
        return GlyphText.compact(text);
    }
}
