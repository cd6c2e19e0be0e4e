package org.reportauditor.ingest.pdf;

import java.util.regex.Pattern;

import org.reportauditor.model.Box;

/** A run of a text line between wide gaps: a word group, or what a column of a line-less table holds. */
record TextChunk(String text, Box box) {
    /** A count or an amount as a statistical table prints it: 12, -3, 1,853, 545.1896, 12%. */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?(\\d{1,3}([,，]\\d{3})+|\\d+)([.．]\\d+)?[%％]?");

    /** Whether the chunk is a number and nothing else: what a table's value cells hold. */
    boolean isNumber() {
        return NUMBER.matcher(text.replace(" ", "")).matches();
    }
}
