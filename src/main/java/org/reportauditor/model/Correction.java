package org.reportauditor.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the document really prints at a cell the reader misread: {@code value} ({@code null} for a
 * blank), beside {@code printed}, the reading it replaces. The source file is never modified.
 */
public record Correction(CellAddress cell, String printed, BigDecimal value, String note, String reviewer,
                         Instant time, UnknownFields unknown) {

    public Correction {
        note = note == null ? "" : note;
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }
}
