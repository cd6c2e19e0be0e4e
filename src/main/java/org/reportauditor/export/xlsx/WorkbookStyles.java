package org.reportauditor.export.xlsx;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.reportauditor.model.Severity;

/** The workbook's few cell styles, made once: a workbook holds at most 64,000 of them. */
final class WorkbookStyles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle label;
    final CellStyle value;
    final CellStyle corrected;
    private final XSSFFont linkFont;
    private final XSSFWorkbook workbook;
    private final Map<CellStyle, CellStyle> links = new java.util.HashMap<>();
    final CellStyle manual;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

    WorkbookStyles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(workbook, "DDE3EA");
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        label = bordered(workbook, null);
        label.setWrapText(true);
        value = bordered(workbook, null);
        value.setAlignment(HorizontalAlignment.RIGHT);
        corrected = bordered(workbook, "C8E6C9");
        corrected.setAlignment(HorizontalAlignment.RIGHT);
        XSSFFont blue = workbook.createFont();
        blue.setUnderline(XSSFFont.U_SINGLE);
        blue.setColor(new XSSFColor(new byte[] {0x1f, 0x4e, (byte) 0x9a}));
        linkFont = blue;
        this.workbook = workbook;
        manual = filled(workbook, "E6DDF5");
        severity.put(Severity.ERROR, filled(workbook, "F8D0CC"));
        severity.put(Severity.WARNING, filled(workbook, "FCE8B2"));
        severity.put(Severity.INFO, filled(workbook, "D6E6F7"));
    }

    /** The fill of a finding's row, or of a suspect cell: by severity; the auditor's own in violet. */
    CellStyle of(Severity s, boolean own) {
        return own ? manual : severity.get(s);
    }

    /** The style with a link's blue underlined text: a linked cell keeps its row's fill. */
    CellStyle linkOn(CellStyle base) {
        return links.computeIfAbsent(base, b -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setFont(linkFont);
            return style;
        });
    }

    private static XSSFCellStyle filled(XSSFWorkbook workbook, String rgb) {
        XSSFCellStyle style = bordered(workbook, rgb);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        return style;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, String rgb) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (rgb != null) {
            style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
