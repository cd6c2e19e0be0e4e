package org.reportauditor.template;

import java.util.List;

/**
 * A row of a template table.
 *
 * @param id        the row id of the cell addresses ({@code withheld.state_secret})
 * @param labels    the labels it is printed with, without their numbering; the first is the template's
 * @param numbering the numbering printed before the label ({@code 2.}, {@code (二)}, {@code 一、}), or empty
 * @param group     the id of the merged group label above it ({@code withheld}), or {@code null}
 * @param shortName a short Chinese name for messages ({@code 部分公开})
 * @param english   a short English name for messages
 * @param columns   its columns, in printed order
 */
public record RowSpec(String id, List<String> labels, String numbering, String group, String shortName,
                      String english, List<ColumnSpec> columns) {

    public RowSpec {
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
    }

    public String label() {
        return labels.get(0);
    }

    public boolean hasColumn(String columnId) {
        return columns.stream().anyMatch(c -> c.id().equals(columnId));
    }

    /** Whether these are its columns, in its order (compared by id: a spec's generated equals is slow to link). */
    public boolean hasColumns(List<ColumnSpec> printed) {
        if (printed.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < printed.size(); i++) {
            if (!printed.get(i).id().equals(columns.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    public ColumnSpec column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no column " + columnId));
    }
}
