package org.reportauditor.template;

/** What a column holds, which decides how its cells are read and checked. */
public enum ValueKind {
    /** A count of documents, applications or cases: a non-negative integer. */
    COUNT,
    /** A change from last year ({@code 本年增/减}): may be negative. */
    SIGNED_COUNT,
    /** A sum of money in 万元, possibly with decimals. */
    AMOUNT
}
