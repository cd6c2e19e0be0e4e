package org.reportauditor.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportauditor.model.ReportTable;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.TemplateVersion;

/**
 * Reads the section 四 table: one row of fifteen numbers under a two-level header (行政复议 /
 * 行政诉讼 · 未经复议直接起诉 / 复议后起诉, each 结果维持 … 总计). The header only tells the table
 * apart; the numbers are taken in the template's column order.
 */
final class ReviewsTableReader {
    private static final TableSpec SPEC = Template.of(TemplateVersion.V2021).table(Template.REVIEWS);
    private static final RowSpec COUNT = SPEC.rows().get(0);

    /** The table's headers but 总计, which heads columns of every table and so tells none apart. */
    private final LabelMatcher<String> headers = new LabelMatcher<>(
            SPEC.headerLabels().stream().filter(h -> !h.equals("总计")).toList(), List::of, h -> "");

    double affinity(PrintedRow row) {
        return row.bestMatch(c -> true, headers);
    }

    Optional<ReportTable> read(List<PrintedRow> rows) {
        List<PrintedCell> values = new ArrayList<>();
        PrintedRow first = null;
        int columns = COUNT.columns().size();
        for (PrintedRow row : rows) {
            if (!row.hasValues()) {
                if (first != null) {
                    break;
                }
                continue;
            }
            if (first == null) {
                first = row;
            }
            // a label such as 件数 before the numbers is not a value
            List<PrintedCell> cells = row.cells();
            int start = 0;
            while (start < cells.size() && cells.get(start).isWords()) {
                start++;
            }
            values.addAll(cells.subList(start, cells.size()));
            if (values.stream().filter(PrintedCell::isValue).count() >= columns) {
                break;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        CellValues.Laid laid = CellValues.lay(Template.REVIEWS, COUNT.id(), COUNT.columns(), values);
        TableRow row = new TableRow(COUNT.id(), "", first.cells().get(0).source(), laid.cells());
        return Optional.of(new ReportTable(Template.REVIEWS, null, List.of(row), laid.fitted() ? 1.0 : 0.6));
    }
}
