package org.reportauditor.model;

import java.util.List;

/**
 * One of the six sections of a report (number 1..6), with its heading as printed and its prose.
 * The tables of sections 二, 三 and 四 are kept in {@link Report#tables()}.
 */
public record Section(int number, String heading, SourceLocation headingSource, List<Paragraph> paragraphs) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
