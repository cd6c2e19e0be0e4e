package org.reportauditor.ingest.word;

/**
 * One level of a list definition: the label's template ({@code %1}..{@code %9} stand for the
 * counters of levels 1..9, as in OOXML's {@code w:lvlText}), the style of this level's counter,
 * where it starts, what follows the label, and after which levels it restarts.
 *
 * @param legal        all counters in the label are written as decimals (Word's "legal" numbering)
 * @param restartAfter the 1-based level after which this level restarts; {@link #RESTART_AFTER_ANY}
 *                     for Word's default (after any higher level), 0 for never
 */
record ListLevel(String template, ListNumberStyle style, int start, boolean legal, Suffix suffix, int restartAfter) {

    static final int RESTART_AFTER_ANY = -1;

    /** A level a file does not define: no label. */
    static final ListLevel UNDEFINED =
            new ListLevel("", ListNumberStyle.NONE, 1, false, Suffix.NOTHING, RESTART_AFTER_ANY);

    /** What Word puts between the label and the text. */
    enum Suffix {
        TAB, SPACE, NOTHING
    }

    /** Whether a paragraph at 1-based {@code level}, a higher level than this one, restarts this level. */
    boolean restartsAfterLevel(int level) {
        return restartAfter == RESTART_AFTER_ANY || level <= restartAfter;
    }
}
