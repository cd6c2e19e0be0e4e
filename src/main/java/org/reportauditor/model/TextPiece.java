package org.reportauditor.model;

/** Characters {@code start..end} of a paragraph's text and where they stand (a line of a PDF page). */
public record TextPiece(int start, int end, SourceLocation source) {
}
