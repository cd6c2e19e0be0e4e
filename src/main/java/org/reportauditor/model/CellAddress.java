package org.reportauditor.model;

import java.util.Objects;

/**
 * The address of one table cell, {@code table/row/column}, as defined by the template
 * (e.g. {@code applications/partially_disclosed/total}). It is the contract between every layer.
 */
public record CellAddress(String table, String row, String column) implements Comparable<CellAddress> {

    public CellAddress {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
    }

    /** Parses {@code table/row/column}; the row may contain dots but never slashes. */
    public static CellAddress parse(String address) {
        String[] parts = address.split("/", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("not a cell address: " + address);
        }
        return new CellAddress(parts[0], parts[1], parts[2]);
    }

    /** The row id before any sub-row suffix: {@code other_services.行政检查} → {@code other_services}. */
    public String baseRow() {
        return RowIds.base(row);
    }

    @Override
    public int compareTo(CellAddress o) {
        return toString().compareTo(o.toString());
    }

    // equals and hashCode written out: the generated ones are linked through invokedynamic the first
    // time they run, which costs a fresh `check` process tens of milliseconds; every map of cells uses them
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CellAddress a && table.equals(a.table) && row.equals(a.row)
                && column.equals(a.column);
    }

    @Override
    public int hashCode() {
        return (table.hashCode() * 31 + row.hashCode()) * 31 + column.hashCode();
    }

    @Override
    public String toString() {
        return table + "/" + row + "/" + column;
    }
}
