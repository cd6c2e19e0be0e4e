package org.reportauditor.ingest.pdf;

import org.reportauditor.grammar.PrintedNumber;
import org.reportauditor.model.Box;

/**
 * A run of a text line between wide gaps: a word group, or what a column of a line-less table holds.
 *
 * @param isNumber whether the chunk is a number and nothing else, what a table's value cells hold
 */
record TextChunk(String text, Box box, boolean isNumber) {
    /** A chunk of this text, told a number or not (as the template reads its cells) once for all who ask. */
    TextChunk(String text, Box box) {
        this(text, box, PrintedNumber.is(text));
    }
}
