package org.reportauditor.ingest.pdf;

/**
 * What the reader takes of one page at most: glyphs and shapes (ruling lines, images, points of a
 * path) kept, operators run (forms included), graphics states saved at once, and forms drawn inside
 * forms. They bound the memory and the work a page can cost, whatever the file holds.
 */
record PageLimits(int glyphs, int shapes, int operators, int savedStates, int formDepth) {
}
