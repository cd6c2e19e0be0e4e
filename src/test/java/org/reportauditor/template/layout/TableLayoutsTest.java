package org.reportauditor.template.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportauditor.app.Fixtures;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Report;
import org.reportauditor.template.Template;

class TableLayoutsTest {
    private static Report beijing;

    @BeforeAll
    static void audit() {
        beijing = Fixtures.auditor().audit(Fixtures.BEIJING_TEXT).report();
    }

    private static LaidOutTable layout(String table, boolean english) {
        return TableLayouts.of(Template.of(beijing.version()).table(table), beijing.table(table).orElse(null),
                new TemplateLabels(english), english ? "Item" : "信息内容");
    }

    private static Optional<SheetCell> at(SheetLayout layout, int row, int column) {
        return layout.cells().stream().filter(c -> c.row() <= row && row < c.row() + c.rowSpan()
                && c.column() <= column && column < c.column() + c.columnSpan()).findFirst();
    }

    private static SheetCell cellOf(LaidOutTable table, String address) {
        GridPosition at = table.positions().get(CellAddress.parse(address));
        return at(table.layout(), at.row(), at.column()).orElseThrow();
    }

    @Test
    void everyGridPlaceIsCoveredByExactlyOneCell() {
        for (String id : List.of(Template.ART20, Template.APPLICATIONS, Template.REVIEWS)) {
            SheetLayout layout = layout(id, false).layout();
            int[][] cover = new int[layout.rowCount()][layout.columnCount()];
            for (SheetCell c : layout.cells()) {
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    for (int col = c.column(); col < c.column() + c.columnSpan(); col++) {
                        cover[r][col]++;
                    }
                }
            }
            for (int[] row : cover) {
                assertThat(row).as(id).containsOnly(1);
            }
        }
    }

    @Test
    void applicationsMergeTheResultsAndEachGroupDownTheLeft() {
        LaidOutTable table = layout(Template.APPLICATIONS, false);
        SheetLayout layout = table.layout();
        assertThat(layout.labelColumns()).isEqualTo(3);
        assertThat(layout.columnCount()).isEqualTo(3 + 7);

        SheetCell partial = cellOf(table, "applications/partially_disclosed/total");
        assertThat(partial.text()).isEqualTo("78");
        assertThat(partial.kind()).isEqualTo(SheetCellKind.VALUE);

        int partialRow = table.positions().get(CellAddress.parse("applications/partially_disclosed/total")).row();
        SheetCell results = at(layout, partialRow, 0).orElseThrow();
        assertThat(results.text()).isEqualTo("三、本年度办理结果");
        SheetCell label = at(layout, partialRow, 1).orElseThrow();
        assertThat(label.text()).startsWith("(二)部分公开");
        assertThat(label.columnSpan()).isEqualTo(2);

        int secretRow = table.positions().get(CellAddress.parse("applications/withheld.state_secret/total")).row();
        SheetCell withheld = at(layout, secretRow, 1).orElseThrow();
        assertThat(withheld.text()).isEqualTo("(三)不予公开");
        assertThat(withheld.rowSpan()).isEqualTo(8);
        assertThat(at(layout, secretRow, 2).orElseThrow().text()).isEqualTo("1.属于国家秘密");

        int receivedRow = table.positions().get(CellAddress.parse("applications/new_received/total")).row();
        assertThat(at(layout, receivedRow, 0).orElseThrow().columnSpan()).isEqualTo(3);
        // 三、本年度办理结果 reaches from 予以公开 down to 总计
        int totalRow = table.positions().get(CellAddress.parse("applications/total/total")).row();
        assertThat(results.row() + results.rowSpan() - 1).isEqualTo(totalRow);
    }

    @Test
    void reviewsMergeTheirHeadersByGroup() {
        SheetLayout layout = layout(Template.REVIEWS, false).layout();
        assertThat(layout.headerRows()).isEqualTo(3);
        assertThat(layout.columnCount()).isEqualTo(15);
        SheetCell review = at(layout, 0, 0).orElseThrow();
        assertThat(review.text()).isEqualTo("行政复议");
        assertThat(review.columnSpan()).isEqualTo(5);
        SheetCell suits = at(layout, 0, 5).orElseThrow();
        assertThat(suits.text()).isEqualTo("行政诉讼");
        assertThat(suits.columnSpan()).isEqualTo(10);
        assertThat(at(layout, 1, 5).orElseThrow().text()).isEqualTo("未经复议直接起诉");
        assertThat(at(layout, 1, 10).orElseThrow().text()).isEqualTo("复议后起诉");
        assertThat(at(layout, 2, 10).orElseThrow().text()).isEqualTo("结果维持");
        SheetCell upheld = at(layout, 1, 0).orElseThrow();
        assertThat(upheld.text()).isEqualTo("结果维持");
        assertThat(upheld.rowSpan()).isEqualTo(2);
    }

    @Test
    void sectionTwoShowsEachItemWithItsOwnHeadersAndTheSplitSubRows() {
        LaidOutTable table = layout(Template.ART20, false);
        SheetLayout layout = table.layout();
        assertThat(layout.cells()).filteredOn(c -> c.kind() == SheetCellKind.TITLE).extracting(SheetCell::text)
                .containsExactly("第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项",
                        "第二十条第(九)项");
        SheetCell inspection = cellOf(table, "art20/other_services.行政检查/decisions");
        assertThat(inspection.text()).isEqualTo("622");
        assertThat(at(layout, inspection.row(), 0).orElseThrow().text()).isEqualTo("其他对外管理服务事项（行政检查）");
        // 行政事业性收费 has two columns of three: the last spans the rest
        SheetCell feesChange = cellOf(table, "art20/fees/items_change");
        assertThat(feesChange.columnSpan()).isEqualTo(2);
    }

    @Test
    void applicationsPrintTheApplicantGroupsOverTheirColumnsInBothLanguages() {
        for (boolean english : new boolean[] {false, true}) {
            SheetLayout layout = layout(Template.APPLICATIONS, english).layout();
            assertThat(layout.headerRows()).isEqualTo(3);
            SheetCell applicants = at(layout, 0, 3).orElseThrow();
            assertThat(applicants.text()).isEqualTo(english ? "Applicants" : "申请人情况");
            assertThat(applicants.columnSpan()).isEqualTo(7);
            SheetCell naturalPersons = at(layout, 1, 3).orElseThrow();
            assertThat(naturalPersons.text()).isEqualTo(english ? "Natural persons" : "自然人");
            assertThat(naturalPersons.rowSpan()).isEqualTo(2);
            SheetCell organisations = at(layout, 1, 4).orElseThrow();
            assertThat(organisations.text()).isEqualTo(english ? "Legal persons and other organisations"
                    : "法人或其他组织");
            assertThat(organisations.columnSpan()).isEqualTo(5);
            assertThat(at(layout, 2, 4).orElseThrow().text()).isEqualTo(english ? "Businesses" : "商业企业");
            assertThat(at(layout, 2, 8).orElseThrow().text()).isEqualTo(english ? "Other organisations" : "其他");
            SheetCell total = at(layout, 1, 9).orElseThrow();
            assertThat(total.text()).isEqualTo(english ? "Total" : "总计");
            assertThat(total.rowSpan()).isEqualTo(2);
        }
    }

    @Test
    void englishLabelsComeFromTheTemplate() {
        SheetLayout layout = layout(Template.REVIEWS, true).layout();
        assertThat(at(layout, 0, 0).orElseThrow().text()).isEqualTo("Administrative review");
        assertThat(at(layout, 0, 5).orElseThrow().text()).isEqualTo("Lawsuits");
        assertThat(at(layout, 0, 5).orElseThrow().columnSpan()).isEqualTo(10);
        assertThat(at(layout, 1, 5).orElseThrow().text()).isEqualTo("Without prior review");
        assertThat(at(layout, 1, 10).orElseThrow().text()).isEqualTo("After review");
        assertThat(at(layout, 1, 0).orElseThrow().text()).isEqualTo("Upheld");
        assertThat(at(layout, 2, 14).orElseThrow().text()).isEqualTo("Total");
        assertThat(layout(Template.APPLICATIONS, true).layout().title()).isEqualTo(
                "3. Applications received and handled");
    }

    @Test
    void aTableTheReportLacksShowsTheTemplateWithNothingPrinted() {
        LaidOutTable table = TableLayouts.of(Template.of(beijing.version()).table(Template.REVIEWS), null,
                new TemplateLabels(false), "信息内容");
        assertThat(table.layout().cells()).filteredOn(c -> c.row() >= table.layout().headerRows())
                .extracting(SheetCell::kind).containsOnly(SheetCellKind.MISSING).hasSize(15);
    }
}
