package org.reportauditor.export.xlsx;

import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;

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
        "severity", "status", "printed", "expected", "message", "comment", "reviewer", "time", "evidence"};
    private static final int[] WIDTHS = {24, 22, 7, 18, 34, 30, 16, 8, 9, 9, 9, 60, 30, 10, 20, 44};
    private static final int EVIDENCE_COLUMN = 15;
    private static final int CELL_COLUMN = 4;
    /** A row grows for at most this many lines of text; the rest shows in the cell when chosen. */
    private static final int MAX_LINES = 8;

    private final Sheet sheet;
    private final boolean withPictures;
    private Drawing<?> drawing;
    private final WorkbookStyles styles;
    private final Messages messages;

    /** @param withPictures whether PDF reports' findings get the picture of their place (a batch's do not) */
    FindingListSheet(Sheet sheet, WorkbookStyles styles, Messages messages, boolean withPictures) {
        this.withPictures = withPictures;
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
    }

    /** Places the evidence picture in its column of the row, the row grown to show it whole. */
    private void picture(Row row, EvidencePictures.Picture picture) {
        if (picture == null) {
            return;
        }
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        int index = sheet.getWorkbook().addPicture(picture.png(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(EVIDENCE_COLUMN);
        anchor.setRow1(row.getRowNum());
        anchor.setDx1(Units.EMU_PER_PIXEL * 2);
        anchor.setDy1(Units.EMU_PER_PIXEL * 2);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        // the row first: the picture's size in cells is worked out from the row's height
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), (picture.height() + 6) * 0.75f));
        drawing.createPicture(anchor, index).resize(1.0);
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
            try (EvidencePictures pictures = withPictures ? EvidencePictures.of(reviewed) : null) {
                for (ReviewedFinding f : reviewed.findings()) {
                    Row r = sheet.createRow(row++);
                    write(r, reviewed, f, cells);
                    if (pictures != null) {
                        picture(r, pictures.of(f.finding()));
                    }
                }
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
            cell == null ? "" : messages.get("export.cellName", CellNames.cell(cell)),
            f.rule(),
            messages.get("severity." + f.severity().id()),
            messages.get("review.status." + reviewedFinding.status().id()),
            f.actual() == null ? null : f.actual().doubleValue(),
            f.expected() == null ? null : f.expected().doubleValue(),
            messages.format(f.message()),
            reviewedFinding.state().comment(),
            reviewedFinding.state().reviewer(),
            reviewedFinding.state().time() == null ? "" : reviewedFinding.state().time().toString(),
        };
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                lines = Math.max(lines, (int) Math.ceil(TableSheets.displayWidth(text) / (double) (WIDTHS[i] - 1)));
            }
        }
        // a spreadsheet does not always grow a row for wrapped text it did not lay out itself
        row.setHeightInPoints(Math.min(MAX_LINES, lines) * TableSheets.LINE_POINTS);
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
            c.setCellStyle(styles.linkOn(style));
        }
    }
}
