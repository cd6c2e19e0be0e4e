package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportauditor.app.findings.FindingRow;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.render.PdfPageRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final CellAddress PARTIALLY_DISCLOSED_TOTAL =
            CellAddress.parse("applications/partially_disclosed/total");

    @TempDir
    Path settingsFolder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = DesktopApp.open(stage, Fixtures::auditor, new PdfPageRenderer(), new SettingsStore(settingsFolder),
                ReviewStore.NONE);
        window.show(List.of());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAndWait(Path file) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.model().open(file));
        waitUntil(() -> !window.model().busyProperty().get() && window.model().hasReportProperty().get());
    }

    @SuppressWarnings("unchecked")
    private ListView<FindingRow> findingsList(FxRobot robot) {
        return (ListView<FindingRow>) robot.lookup("#findingsList").query();
    }

    @Test
    void theWindowCarriesTheAppIconInEverySize() {
        assertThat(window.stage().getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactly(16, 24, 32, 48, 64, 128, 256);
        assertThat(window.stage().getIcons()).allSatisfy(image -> assertThat(image.isError()).isFalse());
    }

    @Test
    void theBeijingReportHasTwoErrors(FxRobot robot) throws TimeoutException {
        openAndWait(Fixtures.BEIJING_PDF);

        assertThat(findingsList(robot).getItems()).filteredOn(r -> r.severity() == Severity.ERROR).hasSize(2)
                .extracting(FindingRow::message)
                .anySatisfy(m -> assertThat(m).contains("部分公开 · 总计 印 78，应为 63"))
                .anySatisfy(m -> assertThat(m).contains("印 49，应为 50"));
        assertThat(robot.lookup("#show-error").queryLabeled().getText()).isEqualTo("错误 2");
        assertThat(window.stage().getTitle()).contains("003_4fb9745642b3cd23.pdf").contains("年报审核");
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus/003_4fb9745642b3cd23.pdf", "seeds/003_4fb9745642b3cd23.txt"})
    void aSelectedFindingMarksItsCellAndBringsItsPlaceIntoView(String report, FxRobot robot)
            throws TimeoutException {
        Path file = Fixtures.REPORTS.resolve(report);
        openAndWait(file);
        SourceLocation printed = Fixtures.auditor().audit(file).report()
                .cell(PARTIALLY_DISCLOSED_TOTAL).orElseThrow().source();

        // the window selects the first error itself; choose the other one, then come back with a click
        robot.clickOn(robot.lookup(".finding-cell").nth(1).queryAs(Node.class));
        robot.clickOn(robot.lookup(".finding-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.tablesView().styleOf(PARTIALLY_DISCLOSED_TOTAL)).contains("cell-error", "cell-selected");
        assertThat(window.tablesView().shownTitle()).hasValue("三、收到和处理政府信息公开申请情况");
        assertThat(window.sourceView().isInView(printed)).isTrue();
        if (printed instanceof SourceLocation.PageRegion region) {
            waitUntil(() -> window.sourceView().isDrawn(region.page()));
            assertThat(window.sourceView().currentPage()).isEqualTo(region.page());
        }
    }

    @Test
    void choosingACellListsItsFindings(FxRobot robot) throws TimeoutException {
        openAndWait(Fixtures.BEIJING_PDF);
        // the sheet scrolled right to the first error: back to its first columns, as a user would
        ScrollPane sheet = robot.lookup(".sheet-view").match(Node::isVisible).queryAs(ScrollPane.class);
        robot.interact(() -> sheet.setHvalue(0));
        Node printed62 = robot.lookup(".sheet-value").match(cell -> textOf(cell).equals("62")).query();

        robot.clickOn(printed62);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(findingsList(robot).getItems()).hasSize(1).first().extracting(FindingRow::message).asString()
                .contains("部分公开 · 总计 印 78");
        assertThat(robot.lookup("#cellFilter").queryLabeled().getText()).isEqualTo("单元格：部分公开 · 自然人");
        assertThat(window.sourceView().isInView(Fixtures.auditor().audit(Fixtures.BEIJING_PDF).report()
                .cell(CellAddress.parse("applications/partially_disclosed/natural_person")).orElseThrow().source()))
                .as("the cell is shown where it is printed").isTrue();

        robot.clickOn(robot.lookup(".chip-close").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findingsList(robot).getItems()).hasSizeGreaterThan(1);
    }

    private static String textOf(Node cell) {
        return ((Text) ((Parent) cell).getChildrenUnmodifiable().get(0)).getText();
    }

    @Test
    void f3MovesThroughTheFindings(FxRobot robot) throws TimeoutException {
        openAndWait(Fixtures.BEIJING_TEXT);
        ListView<FindingRow> list = findingsList(robot);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

        robot.press(KeyCode.F3).release(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.press(KeyCode.SHIFT, KeyCode.F3)
                .release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void aDroppedFileIsOpened(FxRobot robot) throws TimeoutException {
        Label source = new Label("report");
        WaitForAsyncUtils.asyncFx(() -> {
            source.setOnDragDetected(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(Fixtures.BEIJING_TEXT.toAbsolutePath().toFile()));
                source.startDragAndDrop(TransferMode.COPY).setContent(content);
                e.consume();
            });
            ((BorderPane) window.stage().getScene().getRoot()).setRight(source);
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.drag(source).dropTo("#welcome");
        waitUntil(() -> window.model().hasReportProperty().get());

        assertThat(window.stage().getTitle()).contains("003_4fb9745642b3cd23.txt");
    }

    @Test
    void aFileThatCannotBeReadGivesADialogAndTheAppStaysUsable(FxRobot robot) throws TimeoutException {
        Path bad = Fixtures.REPORTS.resolve("bad/random-bytes.pdf");
        WaitForAsyncUtils.asyncFx(() -> window.model().open(bad));
        waitUntil(() -> robot.lookup("#problemDialog").tryQuery().isPresent());

        String text = robot.lookup("#problemText").queryLabeled().getText();
        assertThat(text).contains("random-bytes.pdf").doesNotContain("Exception");
        robot.clickOn(robot.lookup("#problemDialog .button").queryAs(Node.class));
        waitUntil(() -> robot.lookup("#problemDialog").tryQuery().isEmpty());
        assertThat(window.model().hasReportProperty().get()).isFalse();

        openAndWait(Fixtures.BEIJING_TEXT);
        assertThat(findingsList(robot).getItems()).isNotEmpty();
    }

    @Test
    void aProtectedFileAsksForItsPasswordUntilItIsRight(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.model().open(Fixtures.REPORTS.resolve("bad/encrypted-password.pdf")));
        waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        assertThat(robot.lookup("#passwordDialog").queryAs(DialogPane.class).getHeaderText()).contains("密码保护");

        robot.clickOn("#passwordField").write("wrong").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#passwordDialog").tryQuery()
                .map(pane -> ((DialogPane) pane).getHeaderText().contains("密码不正确")).orElse(false));
        robot.clickOn("#passwordField").write("secret").type(KeyCode.ENTER);
        waitUntil(() -> window.model().hasReportProperty().get() && !window.model().busyProperty().get());

        assertThat(window.stage().getTitle()).contains("encrypted-password.pdf");
        assertThat(robot.lookup("#reportSummary").queryLabeled().getText()).contains("2024");
        assertThat(window.sourceView().currentPage()).as("its pages are drawn with the password too").isPositive();
    }

    @Test
    void switchingToEnglishRelabelsTheOpenWindow(FxRobot robot) throws TimeoutException {
        openAndWait(Fixtures.BEIJING_TEXT);
        assertThat(robot.lookup("#show-error").queryLabeled().getText()).isEqualTo("错误 2");

        robot.clickOn("查看(_V)").clickOn("语言(_L)").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#show-error").queryLabeled().getText()).isEqualTo("Errors 2");
        assertThat(window.stage().getTitle()).contains("Report Auditor");
        assertThat(findingsList(robot).getItems().get(0).message()).contains("Partially disclosed, Total");
        assertThat(window.tablesView().shownTitle()).hasValue("3. Applications received and handled");
        assertThat(new SettingsStore(settingsFolder).load().language()).isEqualTo("en");
    }

    @Test
    void theWelcomePaneOpensTheSample(FxRobot robot) throws TimeoutException {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> !window.model().busyProperty().get()
                && (window.model().hasReportProperty().get() || robot.lookup("#problemDialog").tryQuery().isPresent()));

        assertThat(robot.lookup("#problemDialog").tryQuery()).as("the sample opens without a problem").isEmpty();
        assertThat(window.stage().getTitle()).contains("示例报告");
        assertThat(window.model().findings().countProperty(Severity.ERROR).get()).isEqualTo(2);
        assertThat(window.model().recentFiles()).as("the sample is not a recent file").isEmpty();
    }
}
