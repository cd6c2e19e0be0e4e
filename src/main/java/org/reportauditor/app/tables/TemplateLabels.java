package org.reportauditor.app.tables;

import java.util.Arrays;
import java.util.List;

import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.GroupSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.Template;
import org.reportauditor.template.TableSpec;

/**
 * The template's labels in one interface language: the printed Chinese labels with their
 * numbering, or the template's English names.
 */
record TemplateLabels(boolean english) {
    /** How the Chinese labels of the reviews table name a column inside its groups. */
    private static final String CHINESE_PATH = "·";
    private static final String ENGLISH_PATH = ", ";

    String title(TableSpec table) {
        var section = Template.section(table.section());
        return english ? section.number() + ". " + section.english() : section.heading();
    }

    String row(RowSpec row) {
        return english ? numbered(row.numbering(), row.english()) : row.numbering() + row.label();
    }

    /** A row an agency split under a template row, named after it: 其他对外管理服务事项（行政检查）. */
    String subRow(RowSpec parent, String subRowName) {
        return english ? row(parent) + " (" + subRowName + ")" : row(parent) + "（" + subRowName + "）";
    }

    String group(GroupSpec group) {
        return english ? numbered(group.numbering(), group.english()) : group.numbering() + group.labels().get(0);
    }

    /** The printed numbering (一、, (二), 3.) kept before an English name, to find the row in the file. */
    private static String numbered(String numbering, String name) {
        return numbering.isEmpty() ? name : numbering + " " + name;
    }

    /** A column's labels from its outermost group to itself. */
    List<String> columnPath(ColumnSpec column) {
        return english ? Arrays.asList(column.english().split(ENGLISH_PATH))
                : Arrays.asList(column.label().split(CHINESE_PATH));
    }
}
