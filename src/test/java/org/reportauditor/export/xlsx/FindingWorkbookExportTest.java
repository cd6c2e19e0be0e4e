package org.reportauditor.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.Main;
import org.reportauditor.audit.Auditor;
import org.reportauditor.audit.FileDigest;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;

/** The Excel finding list read back with POI, as Excel, WPS or LibreOffice would show and compute it. */
class FindingWorkbookExportTest {
    private static final Auditor AUDITOR = Main.auditor();
    private static final CellAddress PARTIAL_TOTAL = CellAddress.parse("applications/partially_disclosed/total");
    private static final CellAddress NOT_HELD_TOTAL = CellAddress.parse("applications/unavailable.not_held/total");

    @TempDir
    Path dir;

    private Path copy(String fixture, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = FindingWorkbookExportTest.class.getResourceAsStream("/reports/corpus/" + fixture)) {
            Files.copy(in, file);
        }
        return file;
    }

    private ReviewedResult reviewed(Path file, Review review) {
        return AUDITOR.review(AUDITOR.audit(file), review);
    }

    private static Review empty(Path file) {
        return Review.empty(file.getFileName().toString(), FileDigest.sha256(file));
    }

    private XSSFWorkbook export(List<ReviewedResult> reports, Messages messages) throws IOException {
        Path target = dir.resolve("问题清单.xlsx");
        new FindingWorkbookExport(messages).write(reports, target, ExportProgress.NONE);
        return new XSSFWorkbook(Files.newInputStream(target));
    }

    /** The rows of the finding list by the cell id they name, each as its cells' text by header. */
    private static Map<String, Row> rowsByCell(Sheet list) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : list) {
            if (row.getRowNum() > 0 && row.getCell(column(list, "单元格")) != null) {
                rows.put(row.getCell(column(list, "单元格")).getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static int column(Sheet list, String header) {
        for (Cell c : list.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void theFindingListHasARowPerFindingFilledLinkedAndWithItsEvidence() throws IOException {
        Path pdf = copy("003_4fb9745642b3cd23.pdf", "北京2020.pdf");
        ReviewedResult reviewed = reviewed(pdf, empty(pdf).decide("row-total:" + NOT_HELD_TOTAL,
                new ReviewState(ReviewStatus.DISMISSED, "原件如此", "王敏", Instant.parse("2026-12-06T09:15:02Z"))));
        try (XSSFWorkbook workbook = export(List.of(reviewed), Messages.chinese())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("问题清单");
            assertThat(workbook.getSheet("概况")).isNotNull();
            XSSFSheet list = workbook.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(reviewed.findings().size());
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getCTWorksheet().isSetAutoFilter()).isTrue();

            Row partial = rowsByCell(list).get(PARTIAL_TOTAL.toString());
            assertThat(partial.getCell(column(list, "印刷值")).getNumericCellValue()).isEqualTo(78);
            assertThat(partial.getCell(column(list, "应为")).getNumericCellValue()).isEqualTo(63);
            assertThat(partial.getCell(column(list, "严重程度")).getStringCellValue()).isEqualTo("错误");
            Row subRow = null;
            for (Row row : list) {
                if (row.getRowNum() > 0 && row.getCell(column(list, "规则")).getStringCellValue().equals("sub-row")) {
                    subRow = row;
                }
            }
            byte[] errorFill = fill(partial.getCell(0));
            assertThat(errorFill).isNotNull().isNotEqualTo(fill(subRow.getCell(0)));

            Row dismissed = rowsByCell(list).get(NOT_HELD_TOTAL.toString());
            assertThat(dismissed.getCell(column(list, "审核状态")).getStringCellValue()).isEqualTo("已驳回");
            assertThat(dismissed.getCell(column(list, "审核意见")).getStringCellValue()).isEqualTo("原件如此");
            assertThat(dismissed.getCell(column(list, "审核人")).getStringCellValue()).isEqualTo("王敏");

            // the link leads to the cell on its table sheet, which holds the printed 78
            var link = partial.getCell(column(list, "单元格")).getHyperlink();
            assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
            CellReference target = new CellReference(link.getAddress());
            Cell linked = workbook.getSheet(target.getSheetName()).getRow(target.getRow()).getCell(target.getCol());
            assertThat(linked.getNumericCellValue()).isEqualTo(78);
            assertThat(linked.getCellComment().getString().getString()).contains("印 78，应为 63");

            // a picture of each finding's place as printed, in its own row
            List<Integer> pictureRows = new ArrayList<>();
            XSSFDrawing drawing = list.getDrawingPatriarch();
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFPicture picture) {
                    XSSFClientAnchor anchor = picture.getClientAnchor();
                    assertThat((int) anchor.getCol1()).isEqualTo(column(list, "原文"));
                    assertThat(picture.getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G');
                    pictureRows.add(anchor.getRow1());
                }
            }
            assertThat(pictureRows).contains(partial.getRowNum(), dismissed.getRowNum());
        }
    }

    private static byte[] fill(Cell cell) {
        var colour = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return colour == null ? null : colour.getRGB();
    }

    @Test
    void theTableSheetsRecomputeTheirTotalsInTheSpreadsheet() throws IOException {
        Path pdf = copy("003_4fb9745642b3cd23.pdf", "北京2020.pdf");
        try (XSSFWorkbook workbook = export(List.of(reviewed(pdf, empty(pdf))), Messages.chinese())) {
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<double[]> lines = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<Cell> formulas = new ArrayList<>();
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            formulas.add(c);
                        }
                    }
                    if (formulas.size() == 3) {
                        lines.add(new double[] {evaluator.evaluate(formulas.get(0)).getNumberValue(),
                            evaluator.evaluate(formulas.get(1)).getNumberValue(),
                            evaluator.evaluate(formulas.get(2)).getNumberValue()});
                        assertThat(formulas.get(1).getCellFormula()).startsWith("SUM(");
                    }
                }
            }
            // 部分公开: printed 78, its row sums to 63, 15 apart; 本机关不掌握: 49 against 50
            assertThat(lines).anySatisfy(l -> assertThat(l).containsExactly(78, 63, 15));
            assertThat(lines).anySatisfy(l -> assertThat(l).containsExactly(49, 50, -1));
            assertThat(lines).anySatisfy(l -> assertThat(l[2]).isZero());
        }
    }

    @Test
    void aCorrectionIsMarkedWithTheReadingAndItsFindingIsGone() throws IOException {
        Path pdf = copy("003_4fb9745642b3cd23.pdf", "北京2020.pdf");
        ReviewedResult reviewed = reviewed(pdf, empty(pdf).correct(new Correction(NOT_HELD_TOTAL, "49",
                new BigDecimal(50), "原件印 50", "王敏", Instant.parse("2026-12-06T09:12:00Z"), null)));
        try (XSSFWorkbook workbook = export(List.of(reviewed), Messages.chinese())) {
            Sheet list = workbook.getSheet("问题清单");
            assertThat(rowsByCell(list)).doesNotContainKey(NOT_HELD_TOTAL.toString())
                    .containsKey(PARTIAL_TOTAL.toString());
            List<String> comments = new ArrayList<>();
            Cell corrected = null;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellComment() != null && c.getCellComment().getString().getString().contains("原件印 50")) {
                            comments.add(c.getCellComment().getString().getString());
                            corrected = c;
                        }
                    }
                }
            }
            assertThat(comments).singleElement().asString().contains("49", "王敏");
            assertThat(corrected.getNumericCellValue()).isEqualTo(50);
        }
    }

    @Test
    void severalReportsShareOneListAndAReportsSheet() throws IOException {
        Path beijing = copy("003_4fb9745642b3cd23.pdf", "北京2020.pdf");
        Path kaifeng = copy("000_e778331bfbf8b1ad.docx", "开封2020.docx");
        ReviewedResult first = reviewed(beijing, empty(beijing));
        ReviewedResult second = reviewed(kaifeng, empty(kaifeng));
        try (XSSFWorkbook workbook = export(List.of(first, second), Messages.chinese())) {
            Sheet list = workbook.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(first.findings().size() + second.findings().size());
            List<String> files = new ArrayList<>();
            list.forEach(r -> files.add(r.getCell(0).getStringCellValue()));
            assertThat(files).contains("北京2020.pdf", "开封2020.docx");
            Sheet reports = workbook.getSheet("报告");
            assertThat(reports.getLastRowNum()).isEqualTo(2);
            assertThat(reports.getRow(2).getCell(1).getStringCellValue()).isEqualTo("开封市卫生健康委员会");
            // a Word report's findings get no picture: there is no printed page to show
            int pictures = 0;
            for (XSSFShape shape : ((XSSFSheet) list).getDrawingPatriarch().getShapes()) {
                if (shape instanceof XSSFPicture picture && picture.getClientAnchor().getRow1() > first.findings().size()) {
                    pictures++;
                }
            }
            assertThat(pictures).isZero();
        }
    }

    /** A batch is streamed: every report and finding in it, no table sheets, no temporary file left. */
    @Test
    void aBatchOfManyReportsIsStreamedWithEveryReportAndFinding() throws IOException {
        Path beijing = copy("003_4fb9745642b3cd23.pdf", "北京2020.pdf");
        ReviewedResult one = reviewed(beijing, empty(beijing));
        List<ReviewedResult> batch = java.util.Collections.nCopies(30, one);
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = Files.isDirectory(temporary) ? Files.list(temporary).count() : 0;
        try (XSSFWorkbook workbook = export(batch, Messages.chinese())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheet("报告").getLastRowNum()).isEqualTo(30);
            Sheet list = workbook.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(30 * one.findings().size());
            assertThat(rowsByCell(list)).containsKey(PARTIAL_TOTAL.toString());
            assertThat(list.getRow(list.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("北京2020.pdf");
        }
        long after = Files.isDirectory(temporary) ? Files.list(temporary).count() : 0;
        assertThat(after).isEqualTo(before);
    }

    @Test
    void englishSheetsAndHeaders() throws IOException {
        Path pdf = copy("003_4fb9745642b3cd23.pdf", "Beijing2020.pdf");
        try (XSSFWorkbook workbook = export(List.of(reviewed(pdf, empty(pdf))), Messages.english())) {
            assertThat(workbook.getSheetName(0)).isEqualTo(Messages.english().get("export.xlsx.sheet.findings"))
                    .isNotEqualTo("问题清单");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(Messages.english().get("export.xlsx.column.file"));
        }
    }

    @Test
    void aTargetThatCannotBeWrittenFailsAndLeavesTheOldFile() throws IOException {
        Path pdf = copy("003_4fb9745642b3cd23.pdf", "北京2020.pdf");
        ReviewedResult reviewed = reviewed(pdf, empty(pdf));
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> new FindingWorkbookExport(Messages.chinese())
                .write(List.of(reviewed), blocker.resolve("问题清单.xlsx"), ExportProgress.NONE))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }
}
