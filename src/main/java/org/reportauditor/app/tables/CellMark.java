package org.reportauditor.app.tables;

import org.reportauditor.model.Severity;

/**
 * How a cell is marked: filled in the colour of the worst finding that suspects it ({@code null}
 * when none does), outlined as part of the selected finding's equation, and the text of its tooltip.
 *
 * @param selected whether the selected finding suspects it
 */
public record CellMark(Severity fill, boolean outlined, boolean selected, String tooltip) {
}
