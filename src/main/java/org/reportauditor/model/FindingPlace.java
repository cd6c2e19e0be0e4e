package org.reportauditor.model;

/**
 * One place a finding concerns: a cell of the report ({@code cell}) or, with {@code cell}
 * {@code null}, the quoted words; with where it stands in the file ({@code null} when unknown).
 */
public record FindingPlace(CellAddress cell, SourceLocation source) {
}
