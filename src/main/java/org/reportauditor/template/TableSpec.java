package org.reportauditor.template;

import java.util.List;
import java.util.Optional;

/**
 * A table of the template in one version: its rows (in printed order), the merged group labels
 * beside them, the header labels printed above the data (which tell a header row from a data
 * row), and the headers printed over groups of columns.
 */
public record TableSpec(String id, int section, String title, String english, List<RowSpec> rows,
                        List<GroupSpec> groups, List<String> headerLabels, List<ColumnGroup> columnGroups) {

    public TableSpec {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
        headerLabels = List.copyOf(headerLabels);
        columnGroups = List.copyOf(columnGroups);
    }

    public Optional<RowSpec> row(String rowId) {
        return rows.stream().filter(r -> r.id().equals(rowId)).findFirst();
    }

    public Optional<GroupSpec> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }
}
