package org.reportauditor.export.xlsx;

import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.template.CellNames;
import org.reportauditor.template.Template;

/**
 * 问题清单: one row per finding of every report, the auditor's own included, filled by severity,
 * each cell id linked to the cell on its table sheet; a frozen header and filters.
 */
final class FindingListSheet {
    private static final String[] HEADERS = {"file", "agency", "year", "table", "cell", "cellName", "rule",
        "severity", "status", "printed", "expected", "message", "comment", "reviewer", "time"};
    private static final int[] WIDTHS = {24, 22, 7, 18, 34, 30, 16, 8, 9, 9, 9, 60, 30, 10, 20};
    private static final int CELL_COLUMN = 4;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Messages messages;

    FindingListSheet(Sheet sheet, WorkbookStyles styles, Messages messages) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
    }

    void write(List<ReviewedResult> reports, Map<ReviewedResult, TableSheets.Placed> placed) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(messages.get("export.xlsx.column." + HEADERS[i]));
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int row = 1;
        for (ReviewedResult reviewed : reports) {
            TableSheets.Placed cells = placed.get(reviewed);
            for (ReviewedFinding f : reviewed.findings()) {
                write(sheet.createRow(row++), reviewed, f, cells);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row - 1), 0, HEADERS.length - 1));
    }

    private void write(Row row, ReviewedResult reviewed, ReviewedFinding reviewedFinding, TableSheets.Placed placed) {
        Finding f = reviewedFinding.finding();
        Report report = reviewed.corrected().report();
        CellAddress cell = f.blamed().isEmpty() ? null : f.blamed().get(0);
        CellStyle style = styles.of(f.severity(), reviewedFinding.manual());
        Object[] values = {
            String.valueOf(reviewed.file().getFileName()),
            report.agency(),
            report.year(),
            cell == null ? "" : Template.headingOfTable(cell.table()),
            cell == null ? "" : cell.toString(),
            cell == null ? "" : messages.get("export.xlsx.name", CellNames.cell(cell)),
            f.rule(),
            messages.get("severity." + f.severity().id()),
            messages.get("export.xlsx.status." + reviewedFinding.status().id()),
            f.actual() == null ? null : f.actual().doubleValue(),
            f.expected() == null ? null : f.expected().doubleValue(),
            messages.format(f.message()),
            reviewedFinding.state().comment(),
            reviewedFinding.state().reviewer(),
            reviewedFinding.state().time() == null ? "" : reviewedFinding.state().time().toString(),
        };
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            if (values[i] instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                c.setCellValue(values[i].toString());
            }
            c.setCellStyle(style);
        }
        String target = placed == null || cell == null ? null : placed.references().get(cell);
        if (target != null) {
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(target);
            Cell c = row.getCell(CELL_COLUMN);
            c.setHyperlink(link);
            c.setCellStyle(styles.link);
        }
    }
}
