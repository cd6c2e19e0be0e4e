package org.reportauditor.model;

/**
 * How a cell's printed text was read. A blank cell is not 0 and "/" is not 0: the checks keep
 * blank, not-applicable, zero and text apart.
 */
public enum CellReading {
    /** A plain number ("1,853", "-46", "545.1896"). */
    NUMBER,
    /** A number with words around it ("14个", "3964万元"); the number is still read. */
    NUMBER_WITH_TEXT,
    /** An amount printed in 元 where the template asks for 万元; the value is converted. */
    CONVERTED_FROM_YUAN,
    /** Printed as an empty cell. */
    BLANK,
    /** The row printed fewer cells than the template has: this one is not in the file at all. */
    MISSING,
    /** "/", "-", "—": the agency says the cell does not apply. */
    NOT_APPLICABLE,
    /** Text that holds no number ("无"). */
    TEXT;
}
