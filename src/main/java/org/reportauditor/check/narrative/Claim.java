package org.reportauditor.check.narrative;

import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Text;

/** What a stated figure claims: that the sum of these cells is its value. */
record Claim(StatedFigure figure, List<CellAddress> cells, Text quantity) {
}
