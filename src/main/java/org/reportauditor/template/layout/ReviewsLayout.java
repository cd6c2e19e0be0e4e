package org.reportauditor.template.layout;

import java.util.List;

import org.reportauditor.model.ReportTable;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.TableSpec;

/**
 * Section 四 as the template prints it: one row of counts under headers merged by group
 * (行政复议 / 行政诉讼 › 未经复议直接起诉, 复议后起诉), as the template states its groups of columns.
 */
final class ReviewsLayout {
    private ReviewsLayout() {
    }

    static LaidOutTable of(TableSpec spec, ReportTable table, TemplateLabels labels) {
        ReportRows reportRows = new ReportRows(spec, table);
        SheetBuilder sheet = new SheetBuilder();
        RowSpec count = spec.rows().get(0);
        List<ColumnSpec> columns = count.columns();
        int headerRows = sheet.columnHeaders(0, 0, columns.stream().map(c -> labels.columnPath(spec, c)).toList());
        int row = headerRows;
        for (ReportRows.Shown shown : reportRows.forSpec(count, labels)) {
            sheet.values(row, 0, spec.id(), shown, columns.stream().map(ColumnSpec::id).toList(), c -> 1);
            row++;
        }
        return sheet.build(labels.title(spec), headerRows, 0);
    }
}
