package org.reportauditor.model;

/** Something that stopped a file from being read in full. */
public record Problem(ProblemKind kind, Text message) {
}
