package org.reportauditor.app.source;

/** Why a place of the source is marked. */
public enum MarkRole {
    /** What a finding is about: a suspect cell, a blank cell, the words of the prose. Filled. */
    FINDING,
    /** A cell of the selected finding's equation. Outlined. */
    EQUATION,
    /** The cell the user chose in a table. Outlined. */
    CHOSEN
}
