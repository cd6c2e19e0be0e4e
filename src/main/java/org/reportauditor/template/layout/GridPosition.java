package org.reportauditor.template.layout;

/** A place in a sheet: 0-based row and column of its grid. */
public record GridPosition(int row, int column) {
}
