package org.reportauditor.model;

import java.util.List;

/**
 * A piece of prose as read from the file, with where it stands. A paragraph of a PDF spans several
 * lines: {@code pieces} says where each of them stands, so that a quote can be located exactly.
 */
public record Paragraph(String text, SourceLocation source, List<TextPiece> pieces) {

    public Paragraph {
        pieces = List.copyOf(pieces);
    }

    public static Paragraph of(String text, SourceLocation source) {
        return new Paragraph(text, source, List.of());
    }

    /** Where characters {@code start..end} of this paragraph stand in the file. */
    public SourceLocation locate(int start, int end) {
        if (source instanceof SourceLocation.TextRange range) {
            return SourceLocation.TextRange.of(range.offset() + start, end - start);
        }
        SourceLocation.PageRegion found = null;
        for (TextPiece piece : pieces) {
            if (piece.end() > start && piece.start() < end
                    && piece.source() instanceof SourceLocation.PageRegion region) {
                found = found == null ? region : found.union(region);
            }
        }
        return found != null ? found : source;
    }
}
