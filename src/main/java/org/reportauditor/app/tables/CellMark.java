package org.reportauditor.app.tables;

import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;

/**
 * How a cell is marked: filled in the colour of the worst finding that suspects it and that the
 * auditor has not dismissed ({@code null} when none does), outlined as part of the selected
 * finding's equation, the review status of what marks it, and the text of its tooltip.
 *
 * @param selected  whether the selected finding suspects it
 * @param status    {@code OPEN} while any finding on it is undecided, else {@code CONFIRMED} if one
 *                  is confirmed, else {@code DISMISSED}; {@code null} when no finding is on it
 * @param corrected the value the auditor says the document prints, {@code null} if not corrected
 * @param reading   what the reader read there, shown struck through beside a correction
 */
public record CellMark(Severity fill, boolean outlined, boolean selected, String tooltip, ReviewStatus status,
                       String corrected, String reading) {
}
