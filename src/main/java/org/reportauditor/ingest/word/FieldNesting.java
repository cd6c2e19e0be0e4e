package org.reportauditor.ingest.word;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where reading stands among Word's fields. A field is its instruction ("PAGE", "HYPERLINK ...",
 * "TOC \o") followed by its result, the text Word shows; fields nest and may span paragraphs. Only
 * results are text of the document, and only while every enclosing field is in its result too.
 */
final class FieldNesting {
    /** Deeper nesting only happens in broken files; such fields are read as instructions (hidden). */
    private static final int MAX_DEPTH = 64;

    private final Deque<Boolean> inResult = new ArrayDeque<>();
    private int beyondMaxDepth;

    void begin() {
        if (inResult.size() >= MAX_DEPTH) {
            beyondMaxDepth++;
        } else {
            inResult.push(false);
        }
    }

    void separate() {
        if (beyondMaxDepth == 0 && !inResult.isEmpty()) {
            inResult.pop();
            inResult.push(true);
        }
    }

    void end() {
        if (beyondMaxDepth > 0) {
            beyondMaxDepth--;
        } else if (!inResult.isEmpty()) {
            inResult.pop();
        }
    }

    /** Whether text read now is shown: outside fields or in the result of all of them. */
    boolean showsText() {
        return beyondMaxDepth == 0 && !inResult.contains(false);
    }
}
