package org.reportauditor.app.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.FindingTargets;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Severity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Word, HTML and text reports drawn as their files lay them out, marked where their findings are. */
@ExtendWith(ApplicationExtension.class)
class TextDocumentViewTest {
    private static final Path WENZHOU_DOCX = Fixtures.REPORTS.resolve("corpus/002_9d21c23fe3a15276.docx");
    private static final Path BEIJING_HTML = Fixtures.REPORTS.resolve("corpus/003_4fb9745642b3cd23.html");

    private final ReportSelection selection = new ReportSelection();
    private final UiStrings strings = new UiStrings(Messages.chinese());
    private SourceView view;

    @Start
    void start(Stage stage) {
        view = new SourceView(new SourceViewModel(selection, strings,
                new javafx.beans.property.SimpleObjectProperty<>()), strings, Runnable::run);
        stage.setScene(new Scene(view, 900, 700));
        stage.getScene().getStylesheets().add(SourceView.class.getResource("/org/reportauditor/app/app.css").toExternalForm());
        stage.show();
    }

    private AuditResult open(Path file) {
        AuditResult result = Fixtures.auditor().audit(file);
        WaitForAsyncUtils.asyncFx(() -> selection.reportProperty().set(new OpenedReport(file,
                String.valueOf(file.getFileName()), result, null, false)));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private MarkedText cell(FxRobot robot, String text) {
        return robot.lookup(".document-cell").match(node -> ((MarkedText) node).text().equals(text))
                .queryAs(MarkedText.class);
    }

    private static Bounds inTable(Node cell) {
        return cell.getBoundsInParent();
    }

    @Test
    void aWordTableKeepsItsMergedHeaders(FxRobot robot) {
        open(WENZHOU_DOCX);

        Bounds applicants = inTable(cell(robot, "申请人情况"));
        Bounds organisations = inTable(cell(robot, "法人或其他组织"));
        Bounds naturalPersons = inTable(cell(robot, "自然人"));
        Bounds businesses = inTable(cell(robot, "商业企业"));
        Bounds otherOrganisations = inTable(cell(robot, "其他"));
        Bounds total = inTable(cell(robot, "总计"));

        // 申请人情况 over all seven applicant columns, 法人或其他组织 over the five kinds of organisation
        assertThat(applicants.getMinX()).isCloseTo(naturalPersons.getMinX(), within(1.0));
        assertThat(applicants.getMaxX()).isCloseTo(total.getMaxX(), within(1.0));
        assertThat(organisations.getMinX()).isCloseTo(businesses.getMinX(), within(1.0));
        assertThat(organisations.getMaxX()).isCloseTo(otherOrganisations.getMaxX(), within(1.0));
        assertThat(organisations.getMaxY()).isCloseTo(businesses.getMinY() + 1, within(1.0));
        // 自然人 and 总计 reach down past the row of organisations, to the first row of figures
        assertThat(naturalPersons.getMaxY()).isCloseTo(businesses.getMaxY(), within(1.0));
        assertThat(total.getMinY()).isCloseTo(organisations.getMinY(), within(1.0));
        // a column is wider than one character: no header stands as a stack of single characters
        assertThat(naturalPersons.getWidth()).isGreaterThan(2 * 14);
    }

    @Test
    void aWordTableLinesItsFiguresUpUnderTheirHeaders(FxRobot robot) {
        open(WENZHOU_DOCX);

        // 行政事业性收费: 9 under 上一年项目数量, -7 under 本年增/减, as the file has them
        assertThat(inTable(cell(robot, "9")).getMinX()).isCloseTo(inTable(cell(robot, "上一年项目数量")).getMinX(),
                within(1.0));
        Bounds change = inTable(cell(robot, "本年增/减"));
        Bounds fees = inTable(cell(robot, "-7"));
        assertThat(fees.getMinX()).isCloseTo(change.getMinX(), within(1.0));
        assertThat(fees.getMaxX()).isCloseTo(change.getMaxX(), within(1.0));
    }

    @Test
    void aCellThatComesToNeedMoreRoomWidensItsTable(FxRobot robot) throws Exception {
        open(WENZHOU_DOCX);
        MarkedText cell = cell(robot, "上一年项目数量");
        DocumentTable table = (DocumentTable) cell.getParent();
        double before = WaitForAsyncUtils.asyncFx(() -> table.minWidth(-1)).get();

        // as a mark's thicker border does, only more
        WaitForAsyncUtils.asyncFx(() -> cell.setStyle("-fx-padding: 3 60 3 60;"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WaitForAsyncUtils.asyncFx(() -> table.minWidth(-1)).get()).isGreaterThan(before + 60);
        assertThat(cell.getWidth()).isGreaterThanOrEqualTo(WaitForAsyncUtils.asyncFx(() -> cell.minWidth(-1)).get());
    }

    @Test
    void eachMarkedCellIsTheOneItsFindingNames(FxRobot robot) {
        for (Path file : List.of(BEIJING_HTML, Fixtures.BEIJING_TEXT,
                Fixtures.REPORTS.resolve("corpus/003_4fb9745642b3cd23.docx"))) {
            AuditResult result = open(file);

            Set<String> expected = new TreeSet<>();
            for (Finding finding : result.findings()) {
                if (finding.severity() == Severity.ERROR) {
                    for (CellAddress address : FindingTargets.marked(finding)) {
                        expected.add(result.report().cell(address).orElseThrow().text());
                    }
                }
            }
            assertThat(expected).as(file.toString()).containsExactly("49", "78");
            assertThat(robot.lookup(".document-cell.mark-error").queryAllAs(MarkedText.class))
                    .as(file.toString()).extracting(MarkedText::text).containsExactlyInAnyOrder("78", "49");
        }
    }

    @Test
    void selectingAFindingMarksItsCellAndItsEquationAndBringsThemIntoView(FxRobot robot) throws TimeoutException {
        AuditResult result = open(BEIJING_HTML);
        Finding partial = result.findings().stream()
                .filter(f -> f.suspects().contains(CellAddress.parse("applications/partially_disclosed/total")))
                .findFirst().orElseThrow();

        WaitForAsyncUtils.asyncFx(() -> selection.findingProperty().set(partial));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".document-cell.mark-error.mark-selected").queryAllAs(MarkedText.class))
                .extracting(MarkedText::text).containsExactly("78");
        // the row's other figures are the equation it breaks: 62 + 1 + 0 + 0 + 0 + 0
        assertThat(robot.lookup(".document-cell.mark-equation").queryAllAs(MarkedText.class))
                .extracting(MarkedText::text).containsExactlyInAnyOrder("62", "1", "0", "0", "0", "0");
        assertThat(view.isInView(result.report().cell(CellAddress.parse("applications/partially_disclosed/total"))
                .orElseThrow().source())).isTrue();
    }

    @Test
    void aQuoteOfTheProseIsMarkedOnItsCharacters(FxRobot robot) {
        AuditResult result = open(Fixtures.BEIJING_TEXT);
        Finding numbering = result.findings().stream().filter(f -> f.rule().equals("section-numbering"))
                .findFirst().orElseThrow();

        WaitForAsyncUtils.asyncFx(() -> selection.findingProperty().set(numbering));
        WaitForAsyncUtils.waitForFxEvents();

        MarkedText paragraph = robot.lookup(".document-paragraph").match(node -> !((MarkedText) node)
                .lookupAll(".mark-selected").isEmpty()).queryAs(MarkedText.class);
        assertThat(paragraph.text()).startsWith("（三）做好决策公开");
        assertThat(view.isInView(numbering.source())).isTrue();
    }

    @Test
    void aDocumentReplacedByAnotherIsLetGo(FxRobot robot) throws InterruptedException {
        open(WENZHOU_DOCX);
        WeakReference<Node> first = new WeakReference<>(robot.lookup("#textDocument").query());
        open(BEIJING_HTML);

        // the window's view-model outlives every document shown in it: it must not hold on to them
        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(first.get()).as("the view of the first document").isNull();
    }
}
