package org.reportauditor.ingest.pdf;

import org.reportauditor.model.Box;

/** A run of a text line between wide gaps: a word group, or what a column of a line-less table holds. */
record TextChunk(String text, Box box) {
}
