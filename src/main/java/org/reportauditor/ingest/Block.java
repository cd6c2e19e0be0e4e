package org.reportauditor.ingest;

/** A block of a raw document, in reading order: prose, or a grid of cells. */
public sealed interface Block permits TextBlock, TableBlock {
}
