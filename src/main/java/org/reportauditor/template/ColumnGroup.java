package org.reportauditor.template;

import java.util.List;

/**
 * A header printed over several columns of a template table ({@code 法人或其他组织} over the five
 * kinds of organisation). A table's groups are listed outer first; a group inside another covers
 * a part of its columns.
 */
public record ColumnGroup(String label, String english, List<String> columns) {

    public ColumnGroup {
        columns = List.copyOf(columns);
    }
}
