package org.reportauditor.app.settings;

/**
 * Where the window was and how its panes were divided: position and size in screen pixels, and the
 * two dividers as fractions (source | tables, tables / findings).
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           double sourceDivider, double findingsDivider) {
}
