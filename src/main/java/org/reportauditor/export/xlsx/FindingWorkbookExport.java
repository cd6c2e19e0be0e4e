package org.reportauditor.export.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.reportauditor.audit.AtomicFile;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.i18n.Messages;

/**
 * The Excel finding list of one or more reviewed reports ({@code check --xlsx}, and the app's
 * export): the 问题清单 of every finding, a 概况 or 报告 sheet, and for each report's tables a sheet
 * laid out like the template with live formulas that check its totals.
 */
public final class FindingWorkbookExport {
    /** Beyond this many reports the table sheets are left out: the finding list is what a batch reads. */
    private static final int TABLE_SHEETS_UP_TO = 20;
    /** Rows of a batch's sheet kept in memory before they are written out. */
    private static final int ROWS_IN_MEMORY = 200;

    private final Messages messages;

    public FindingWorkbookExport(Messages messages) {
        this.messages = messages;
    }

    /** Printed landscape, as wide as one page, however many pages long. */
    private static void printable(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Writes it atomically to {@code target}. */
    public void write(List<ReviewedResult> reports, Path target, ExportProgress progress) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(base);
        boolean batch = reports.size() > TABLE_SHEETS_UP_TO;
        // a batch's rows go to a temporary file as they are written: memory stays flat however many reports
        SXSSFWorkbook streamed = batch ? new SXSSFWorkbook(base, ROWS_IN_MEMORY) : null;
        try (Workbook workbook = batch ? streamed : base) {
            Sheet findings = workbook.createSheet(messages.get("export.xlsx.sheet.findings"));
            Sheet overview = workbook.createSheet(messages.get(reports.size() == 1 ? "export.xlsx.sheet.overview"
                    : "export.xlsx.sheet.reports"));
            Map<ReviewedResult, TableSheets.Placed> placed = new HashMap<>();
            if (!batch) {
                for (int i = 0; i < reports.size(); i++) {
                    String prefix = reports.size() == 1 ? "" : (i + 1) + " ";
                    placed.put(reports.get(i), new TableSheets(base, styles, messages).write(reports.get(i), prefix));
                    progress.reached(i + 1, reports.size() + 1);
                }
            }
            new FindingListSheet(findings, styles, messages, !batch).write(reports, placed);
            if (reports.size() == 1) {
                new OverviewSheet(overview, styles, messages).write(reports.get(0));
            } else {
                new OverviewSheet(overview, styles, messages).writeReports(new ArrayList<>(reports));
            }
            for (Sheet sheet : workbook) {
                printable(sheet);
            }
            findings.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            workbook.setActiveSheet(0);
            AtomicFile.write(target, workbook::write);
            progress.reached(reports.size() + 1, reports.size() + 1);
        } finally {
            if (streamed != null) {
                streamed.dispose();
            }
        }
    }
}
