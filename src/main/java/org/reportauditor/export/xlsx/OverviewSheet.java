package org.reportauditor.export.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;

/** 概况 (one report: its facts and counts) or 报告 (several: one row per report). */
final class OverviewSheet {
    private static final String[] REPORT_COLUMNS = {"file", "agency", "year", "version", "errors", "warnings",
        "reviewed", "problems"};

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Messages messages;

    OverviewSheet(Sheet sheet, WorkbookStyles styles, Messages messages) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
    }

    void write(ReviewedResult reviewed) {
        Report report = reviewed.corrected().report();
        Object[][] facts = {
            {"file", String.valueOf(reviewed.file().getFileName())},
            {"agency", report.agency()},
            {"year", report.year()},
            {"version", report.version() == null ? null : report.version().id()},
            {"sha256", report.sha256()},
            {"errors", reviewed.count(Severity.ERROR)},
            {"warnings", reviewed.count(Severity.WARNING)},
            {"infos", reviewed.count(Severity.INFO)},
            {"open", reviewed.count(ReviewStatus.OPEN)},
            {"confirmed", reviewed.count(ReviewStatus.CONFIRMED)},
            {"dismissed", reviewed.count(ReviewStatus.DISMISSED)},
            {"corrections", reviewed.corrections().size()},
            {"orphaned", reviewed.orphaned().size()},
            {"problems", problems(reviewed)},
        };
        for (int i = 0; i < facts.length; i++) {
            Row row = sheet.createRow(i);
            Cell name = row.createCell(0);
            name.setCellValue(messages.get("export.fact." + facts[i][0]));
            name.setCellStyle(styles.header);
            set(row.createCell(1), facts[i][1]);
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    void writeReports(List<ReviewedResult> reports) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < REPORT_COLUMNS.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(messages.get("export.fact." + REPORT_COLUMNS[i]));
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(i, (i < 2 ? 30 : 10) * 256);
        }
        for (int r = 0; r < reports.size(); r++) {
            ReviewedResult reviewed = reports.get(r);
            Report report = reviewed.corrected().report();
            int total = reviewed.findings().size();
            Object[] values = {String.valueOf(reviewed.file().getFileName()), report.agency(), report.year(),
                report.version() == null ? null : report.version().id(), reviewed.count(Severity.ERROR),
                reviewed.count(Severity.WARNING),
                total == 0 ? 1.0 : (double) reviewed.reviewedCount() / total, problems(reviewed)};
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < values.length; i++) {
                set(row.createCell(i), values[i]);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, reports.size(), 0, REPORT_COLUMNS.length - 1));
    }

    private String problems(ReviewedResult reviewed) {
        return String.join("；", reviewed.read().report().problems().stream()
                .map(p -> messages.format(p.message())).toList());
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
