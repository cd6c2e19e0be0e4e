package org.reportauditor.template.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.reportauditor.model.ReportTable;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.GroupSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.TableSpec;

/**
 * Section 三 as the template prints it: three label columns where the results (三、本年度办理结果)
 * merge down the left, each group of items ((三)不予公开) merges beside its items, and a row outside
 * any group spans all three. Over the columns, the headers of their groups as the template states
 * them (申请人情况 over all, 法人或其他组织 over the kinds of organisation).
 */
final class ApplicationsLayout {
    private static final int LABEL_COLUMNS = 3;

    private ApplicationsLayout() {
    }

    /** A template row and the report's rows shown for it. */
    private record Block(RowSpec spec, List<ReportRows.Shown> shown) {
    }

    static LaidOutTable of(TableSpec spec, ReportTable table, TemplateLabels labels) {
        ReportRows reportRows = new ReportRows(spec, table);
        List<Block> blocks = new ArrayList<>();
        for (RowSpec row : spec.rows()) {
            blocks.add(new Block(row, reportRows.forSpec(row, labels)));
        }
        List<ColumnSpec> columns = spec.rows().get(0).columns();
        SheetBuilder sheet = new SheetBuilder();
        List<List<String>> paths = columns.stream().map(c -> labels.columnPath(spec, c)).toList();
        int headerRows = sheet.columnHeaders(0, LABEL_COLUMNS, paths);
        sheet.place(0, 0, headerRows, LABEL_COLUMNS, "", SheetCellKind.HEADER);

        int row = headerRows;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            RowSpec rowSpec = block.spec();
            boolean grouped = rowSpec.group() != null;
            if (grouped && (i == 0 || blocks.get(i - 1).spec().group() == null)) {
                GroupSpec outer = spec.group(rowSpec.group()).orElseThrow();
                sheet.place(row, 0, shownRows(blocks, i, b -> b.spec().group() != null), 1, labels.group(outer),
                        SheetCellKind.LABEL);
            }
            boolean item = grouped && isItem(rowSpec);
            if (item && (i == 0 || !rowSpec.group().equals(blocks.get(i - 1).spec().group()))) {
                GroupSpec group = spec.group(rowSpec.group()).orElseThrow();
                sheet.place(row, 1, shownRows(blocks, i, b -> rowSpec.group().equals(b.spec().group())), 1,
                        labels.group(group), SheetCellKind.LABEL);
            }
            int labelColumn = item ? 2 : grouped ? 1 : 0;
            for (ReportRows.Shown shown : block.shown()) {
                dataRow(sheet, row++, labelColumn, spec.id(), shown, columns);
            }
        }
        for (ReportRows.Shown extra : reportRows.unplaced()) {
            dataRow(sheet, row++, 0, spec.id(), extra, columns);
        }
        return sheet.build(labels.title(spec), headerRows, LABEL_COLUMNS);
    }

    private static void dataRow(SheetBuilder sheet, int row, int labelColumn, String tableId, ReportRows.Shown shown,
                                List<ColumnSpec> columns) {
        sheet.place(row, labelColumn, 1, LABEL_COLUMNS - labelColumn, shown.label(), SheetCellKind.LABEL);
        sheet.values(row, LABEL_COLUMNS, tableId, shown, columns.stream().map(ColumnSpec::id).toList(), c -> 1);
    }

    /**
     * An item of a group ({@code withheld.state_secret} under (三)不予公开) rather than a row standing
     * directly in the results: its id names its group.
     */
    private static boolean isItem(RowSpec row) {
        return row.id().startsWith(row.group() + ".");
    }

    /** How many sheet rows the blocks from {@code from} on take while they pass {@code test}. */
    private static int shownRows(List<Block> blocks, int from, Predicate<Block> test) {
        int count = 0;
        for (int i = from; i < blocks.size() && test.test(blocks.get(i)); i++) {
            count += blocks.get(i).shown().size();
        }
        return count;
    }
}
