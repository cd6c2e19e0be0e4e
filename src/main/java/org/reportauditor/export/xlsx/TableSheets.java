package org.reportauditor.export.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.check.arithmetic.BalanceRule;
import org.reportauditor.check.arithmetic.Equation;
import org.reportauditor.check.arithmetic.EquationNames;
import org.reportauditor.check.arithmetic.EquationRule;
import org.reportauditor.check.arithmetic.ResultsTotalRule;
import org.reportauditor.check.arithmetic.ReviewsTotalRule;
import org.reportauditor.check.arithmetic.RowTotalRule;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.template.Template;
import org.reportauditor.template.layout.GridPosition;
import org.reportauditor.template.layout.LaidOutTable;
import org.reportauditor.template.layout.SheetCell;
import org.reportauditor.template.layout.SheetCellKind;
import org.reportauditor.template.layout.TableLayouts;
import org.reportauditor.template.layout.TemplateLabels;

/**
 * One sheet per table of a report, laid out like the template (the same layout the app's tables
 * view draws), the values as read; corrected and suspect cells marked with a comment; and beside
 * the table, each of its equations as live formulas (the printed total, the sum of its parts, the
 * difference), so that Excel, WPS or LibreOffice verify the arithmetic themselves.
 */
final class TableSheets {
    private static final List<EquationRule> EQUATIONS = List.of(new RowTotalRule(), new ResultsTotalRule(),
            new BalanceRule(), new ReviewsTotalRule());

    /** Where each report cell stands in the workbook: a sheet and its cell, for links. */
    record Placed(Map<org.reportauditor.model.CellAddress, String> references) {
    }

    private final XSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final Messages messages;

    TableSheets(XSSFWorkbook workbook, WorkbookStyles styles, Messages messages) {
        this.workbook = workbook;
        this.styles = styles;
        this.messages = messages;
    }

    /** The height of a line of the sheet's text, in points. */
    static final float LINE_POINTS = 15;

    Placed write(ReviewedResult reviewed, String prefix) {
        Report report = reviewed.corrected().report();
        Map<org.reportauditor.model.CellAddress, String> references = new HashMap<>();
        if (report.tables().isEmpty()) {
            return new Placed(references);
        }
        Template template = Template.of(report.expectedVersion());
        TemplateLabels labels = new TemplateLabels(messages.isEnglish());
        for (ReportTable table : report.tables()) {
            LaidOutTable laid = TableLayouts.of(template.table(table.id()), table, labels,
                    messages.get("export.xlsx.contentHeader"));
            String name = uniqueName(prefix + laid.layout().title());
            Sheet sheet = workbook.createSheet(name);
            Map<org.reportauditor.model.CellAddress, CellAddress> at = lay(sheet, laid, report);
            at.forEach((address, cell) -> references.put(address,
                    "'" + name.replace("'", "''") + "'!" + cell.formatAsString()));
            mark(sheet, reviewed, at);
            formulas(sheet, laid, report, table.id(), at);
        }
        return new Placed(references);
    }

    private Map<org.reportauditor.model.CellAddress, CellAddress> lay(Sheet sheet, LaidOutTable laid, Report report) {
        Map<GridPosition, org.reportauditor.model.CellAddress> byPosition = new HashMap<>();
        laid.positions().forEach((address, position) -> byPosition.put(position, address));
        Map<org.reportauditor.model.CellAddress, CellAddress> at = new HashMap<>();
        for (SheetCell cell : laid.layout().cells()) {
            Cell c = cellAt(sheet, cell.row(), cell.column());
            org.reportauditor.model.CellAddress address = byPosition.get(cell.position());
            if (cell.kind() == SheetCellKind.VALUE || cell.kind() == SheetCellKind.MISSING) {
                c.setCellStyle(styles.value);
                var read = address == null ? null : report.cell(address).orElse(null);
                if (read != null && read.value() != null) {
                    c.setCellValue(read.value().doubleValue());
                } else {
                    c.setCellValue(cell.text());
                }
                if (address != null) {
                    at.put(address, new CellAddress(cell.row(), cell.column()));
                }
            } else {
                c.setCellValue(cell.text());
                c.setCellStyle(cell.kind() == SheetCellKind.LABEL ? styles.label : styles.header);
            }
            if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
                CellRangeAddress range = new CellRangeAddress(cell.row(), cell.row() + cell.rowSpan() - 1,
                        cell.column(), cell.column() + cell.columnSpan() - 1);
                sheet.addMergedRegion(range);
                for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                    for (int k = range.getFirstColumn(); k <= range.getLastColumn(); k++) {
                        cellAt(sheet, r, k).setCellStyle(c.getCellStyle());
                    }
                }
            }
        }
        int labelColumns = laid.layout().labelColumns();
        for (int k = 0; k < laid.layout().columnCount(); k++) {
            sheet.setColumnWidth(k, k < labelColumns ? (labelColumns == 1 ? 40 : 16) * 256 : 11 * 256);
        }
        fitRows(sheet, laid);
        sheet.createFreezePane(labelColumns, laid.layout().headerRows());
        return at;
    }

    /**
     * Rows as tall as their wrapped labels and headers need: a spreadsheet does not grow a row for a
     * merged cell's text, so the lines are counted here (a CJK character takes two width units).
     */
    private static void fitRows(Sheet sheet, LaidOutTable laid) {
        for (SheetCell cell : laid.layout().cells()) {
            if (cell.kind() == SheetCellKind.VALUE || cell.kind() == SheetCellKind.MISSING) {
                continue;
            }
            int units = 0;
            for (int k = cell.column(); k < cell.column() + cell.columnSpan(); k++) {
                units += sheet.getColumnWidth(k) / 256;
            }
            int lines = (int) Math.ceil((double) displayWidth(cell.text()) / Math.max(1, units - 1));
            float needed = (float) Math.max(1, lines) * LINE_POINTS / cell.rowSpan();
            Row row = sheet.getRow(cell.row());
            if (row != null && row.getHeightInPoints() < needed) {
                row.setHeightInPoints(needed);
            }
        }
    }

    /** How wide text is in a spreadsheet's width units: a CJK character takes two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }

    /** Corrected cells green with the reading in a comment; suspect cells filled by severity, a comment saying why. */
    private void mark(Sheet sheet, ReviewedResult reviewed, Map<org.reportauditor.model.CellAddress, CellAddress> at) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Map<CellAddress, StringJoiner> notes = new HashMap<>();
        for (ReviewedFinding f : reviewed.findings()) {
            for (org.reportauditor.model.CellAddress address : f.finding().blamed()) {
                CellAddress place = at.get(address);
                if (place != null) {
                    cellAt(sheet, place.getRow(), place.getColumn()).setCellStyle(
                            styles.of(f.finding().severity(), f.manual()));
                    notes.computeIfAbsent(place, p -> new StringJoiner("\n")).add(
                            messages.get("severity." + f.finding().severity().id()) + "："
                                    + messages.format(f.finding().message()));
                }
            }
        }
        for (Correction correction : reviewed.corrections()) {
            CellAddress place = at.get(correction.cell());
            if (place != null) {
                cellAt(sheet, place.getRow(), place.getColumn()).setCellStyle(styles.corrected);
                notes.computeIfAbsent(place, p -> new StringJoiner("\n")).add(messages.get(
                        "export.xlsx.corrected", String.valueOf(correction.printed()),
                        String.valueOf(correction.reviewer()), correction.note()));
            }
        }
        notes.forEach((place, text) -> {
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(place.getColumn() + 1);
            anchor.setCol2(place.getColumn() + 5);
            anchor.setRow1(place.getRow());
            anchor.setRow2(place.getRow() + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(text.toString()));
            comment.setAuthor("Report Auditor");
            cellAt(sheet, place.getRow(), place.getColumn()).setCellComment(comment);
        });
    }

    /** Beside the table, one line per equation of it: its name, the printed side, the computed side, the difference. */
    private void formulas(Sheet sheet, LaidOutTable laid, Report report, String tableId,
                          Map<org.reportauditor.model.CellAddress, CellAddress> at) {
        int first = laid.layout().columnCount() + 1;
        List<Equation> equations = new ArrayList<>();
        for (EquationRule rule : EQUATIONS) {
            for (Equation e : rule.equations(report)) {
                if (e.left().get(0).table().equals(tableId) && e.cells().stream().allMatch(at::containsKey)) {
                    equations.add(e);
                }
            }
        }
        if (equations.isEmpty()) {
            return;
        }
        String[] headers = {"export.xlsx.check.equation", "export.xlsx.check.printed", "export.xlsx.check.sum",
            "export.xlsx.check.difference"};
        for (int i = 0; i < headers.length; i++) {
            Cell c = cellAt(sheet, 0, first + i);
            c.setCellValue(messages.get(headers[i]));
            c.setCellStyle(styles.header);
        }
        sheet.setColumnWidth(first, 48 * 256);
        for (int i = 0; i < equations.size(); i++) {
            Equation e = equations.get(i);
            int row = i + 1;
            cellAt(sheet, row, first).setCellValue(messages.format(EquationNames.of(e)));
            cellAt(sheet, row, first).setCellStyle(styles.label);
            cellAt(sheet, row, first + 1).setCellFormula(sum(e.left(), at));
            cellAt(sheet, row, first + 2).setCellFormula(sum(e.right(), at));
            String printed = new CellReference(row, first + 1).formatAsString();
            String summed = new CellReference(row, first + 2).formatAsString();
            cellAt(sheet, row, first + 3).setCellFormula(printed + "-" + summed);
            for (int k = 1; k <= 3; k++) {
                cellAt(sheet, row, first + k).setCellStyle(styles.value);
            }
        }
    }

    private static String sum(List<org.reportauditor.model.CellAddress> cells,
                              Map<org.reportauditor.model.CellAddress, CellAddress> at) {
        StringJoiner refs = new StringJoiner(",", "SUM(", ")");
        cells.forEach(c -> refs.add(at.get(c).formatAsString()));
        return refs.toString();
    }

    private String uniqueName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    static Cell cellAt(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
    }
}
