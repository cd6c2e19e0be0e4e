package org.reportauditor.template.layout;

/** What a cell of a sheet holds, which decides how it looks. */
public enum SheetCellKind {
    /** The title of a block of the table (第二十条第(一)项). */
    TITLE,
    /** A column header. */
    HEADER,
    /** A row label. */
    LABEL,
    /** A value of the report, as printed. */
    VALUE,
    /** A cell of the template that the report does not print at all. */
    MISSING
}
