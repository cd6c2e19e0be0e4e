package org.reportauditor.template.layout;

import org.reportauditor.model.ReportTable;
import org.reportauditor.template.TableSpec;
import org.reportauditor.template.Template;

/** The layout of each of the template's tables. */
public final class TableLayouts {
    private TableLayouts() {
    }

    /**
     * @param table         the report's table, {@code null} when the report lacks it
     * @param contentHeader the header of section 二's label column
     */
    public static LaidOutTable of(TableSpec spec, ReportTable table, TemplateLabels labels, String contentHeader) {
        return switch (spec.id()) {
            case Template.ART20 -> Art20Layout.of(spec, table, labels, contentHeader);
            case Template.APPLICATIONS -> ApplicationsLayout.of(spec, table, labels);
            case Template.REVIEWS -> ReviewsLayout.of(spec, table, labels);
            default -> throw new IllegalArgumentException("no layout for table " + spec.id());
        };
    }
}
