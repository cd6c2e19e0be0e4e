package org.reportauditor.ingest.pdf;

import java.util.regex.Pattern;

import org.reportauditor.model.Box;

/**
 * A run of a text line between wide gaps: a word group, or what a column of a line-less table holds.
 *
 * @param isNumber whether the chunk is a number and nothing else, what a table's value cells hold
 */
record TextChunk(String text, Box box, boolean isNumber) {
    /** A count or an amount as a statistical table prints it: 12, -3, 1,853, 545.1896, 12%. */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?(\\d{1,3}([,，]\\d{3})+|\\d+)([.．]\\d+)?[%％]?");

    /** A chunk of this text, told a number or not once for all who ask. */
    TextChunk(String text, Box box) {
        this(text, box, NUMBER.matcher(text.replace(" ", "")).matches());
    }
}
