package org.reportauditor.render;

/** The size of a page as displayed (crop box, after its rotation), in PDF points. */
public record PageSize(double width, double height) {
}
