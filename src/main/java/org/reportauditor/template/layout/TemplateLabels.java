package org.reportauditor.template.layout;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.template.ColumnGroup;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.GroupSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.Template;
import org.reportauditor.template.TableSpec;

/**
 * The template's labels in one interface language: the printed Chinese labels with their
 * numbering, or the template's English names.
 */
public record TemplateLabels(boolean english) {
    /** How a column's full name names its groups before itself. */
    private static final String CHINESE_PATH = "·";
    private static final String ENGLISH_PATH = ", ";

    public String title(TableSpec table) {
        var section = Template.section(table.section());
        return english ? section.number() + ". " + section.english() : section.heading();
    }

    public String row(RowSpec row) {
        return english ? numbered(row.numbering(), row.english()) : row.numbering() + row.label();
    }

    /** A row an agency split under a template row, named after it: 其他对外管理服务事项（行政检查）. */
    public String subRow(RowSpec parent, String subRowName) {
        return english ? row(parent) + " (" + subRowName + ")" : row(parent) + "（" + subRowName + "）";
    }

    public String group(GroupSpec group) {
        return english ? numbered(group.numbering(), group.english()) : group.numbering() + group.labels().get(0);
    }

    /** The printed numbering (一、, (二), 3.) kept before an English name, to find the row in the file. */
    private static String numbered(String numbering, String name) {
        return numbering.isEmpty() ? name : numbering + " " + name;
    }

    /**
     * A column's headers as {@code table} prints them: the groups it stands in, outermost first,
     * then its own name (within its groups, the last part of its full name: 结果维持 of
     * 行政复议·结果维持).
     */
    public List<String> columnPath(TableSpec table, ColumnSpec column) {
        List<String> path = new ArrayList<>();
        for (ColumnGroup group : table.columnGroups()) {
            if (group.columns().contains(column.id())) {
                path.add(english ? group.english() : group.label());
            }
        }
        String name = english ? column.english() : column.label();
        if (!path.isEmpty()) {
            String[] parts = name.split(english ? ENGLISH_PATH : CHINESE_PATH);
            name = capitalised(parts[parts.length - 1]);
        }
        path.add(name);
        return path;
    }

    /** An English name standing on its own starts with a capital (upheld → Upheld). */
    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
