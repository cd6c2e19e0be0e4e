package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.app.findings.FindingRow;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.render.PdfPageRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The auditor reviews the Beijing report with the keyboard, as the 审核 menu offers it. */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {
    @TempDir
    Path settingsFolder;

    /** What the audit files would hold, by report file. */
    private final Map<String, Review> saved = new java.util.concurrent.ConcurrentHashMap<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ReviewStore store = new ReviewStore() {
            @Override
            public Optional<Review> load(AuditResult report) {
                return Optional.ofNullable(saved.get(report.report().file()));
            }

            @Override
            public void save(AuditResult report, Review review) {
                saved.put(report.report().file(), review);
            }
        };
        window = DesktopApp.open(stage, Fixtures::auditor, new PdfPageRenderer(), new SettingsStore(settingsFolder),
                store);
        window.show(List.of());
    }

    @SuppressWarnings("unchecked")
    private ListView<FindingRow> findingsList(FxRobot robot) {
        return (ListView<FindingRow>) robot.lookup("#findingsList").query();
    }

    private FindingRow selected(FxRobot robot) {
        return findingsList(robot).getSelectionModel().getSelectedItem();
    }

    @Test
    void confirmDismissCommentUndoRedoAndReopen(FxRobot robot) throws TimeoutException {
        // the reviewer's name, set once in the 审核 menu, signs the decisions
        // fired later: its dialog waits for the answer in a nested event loop
        WaitForAsyncUtils.asyncFx(() -> Fixtures.menuItem(robot, "reviewerMenuItem").fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#reviewerField").queryAs(TextField.class).setText("王敏"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Fixtures.openAndWait(window, Fixtures.BEIJING_PDF);
        int total = findingsList(robot).getItems().size();
        assertThat(robot.lookup("#reviewProgress").queryLabeled().getText()).isEqualTo(total + " 项中已审 0 项");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot).status()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(selected(robot).statusName()).isEqualTo("已确认");
        assertThat(window.model().review().reviewedProperty().get().findings().stream()
                .filter(f -> f.status() == ReviewStatus.CONFIRMED).findFirst().orElseThrow().state().reviewer())
                .isEqualTo("王敏");

        robot.press(KeyCode.F3).release(KeyCode.F3);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#commentField").queryAs(TextField.class).setText("原件如此，不属错误"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        FindingRow dismissed = selected(robot);
        assertThat(dismissed.status()).isEqualTo(ReviewStatus.DISMISSED);
        assertThat(dismissed.comment()).isEqualTo("原件如此，不属错误");
        // a dismissed finding no longer paints its cell as an error
        CellAddress dismissedCell = window.model().review().reviewedProperty().get().findings().stream()
                .filter(f -> f.status() == ReviewStatus.DISMISSED).findFirst().orElseThrow().finding().blamed().get(0);
        assertThat(window.tablesView().styleOf(dismissedCell)).contains("cell-dismissed")
                .doesNotContain("cell-error", "cell-warning");
        assertThat(robot.lookup("#reviewProgress").queryLabeled().getText()).isEqualTo(total + " 项中已审 2 项");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot).comment()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot).comment()).isEqualTo("原件如此，不属错误");

        // closed and opened again: every decision is back
        robot.interact(() -> window.model().close());
        Fixtures.openAndWait(window, Fixtures.BEIJING_PDF);
        assertThat(findingsList(robot).getItems()).extracting(FindingRow::status)
                .containsOnlyOnce(ReviewStatus.CONFIRMED, ReviewStatus.DISMISSED);
        assertThat(robot.lookup("#reviewProgress").queryLabeled().getText()).isEqualTo(total + " 项中已审 2 项");
    }

    @Test
    void aCorrectedReadingMakesItsFindingGoAndAnOwnFindingIsListed(FxRobot robot) throws TimeoutException {
        Fixtures.openAndWait(window, Fixtures.BEIJING_PDF);
        CellAddress notHeld = CellAddress.parse("applications/unavailable.not_held/total");
        assertThat(findingsList(robot).getItems()).extracting(FindingRow::message)
                .anySatisfy(m -> assertThat(m).contains("印 49，应为 50"));
        int before = findingsList(robot).getItems().size();

        robot.interact(() -> window.model().tables().selectCell(notHeld));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#correctionValue").queryAs(TextField.class).setText("50");
            robot.lookup("#correctionNote").queryAs(TextField.class).setText("原件印 50");
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.model().tables().selectCell(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findingsList(robot).getItems()).extracting(FindingRow::message)
                .noneSatisfy(m -> assertThat(m).contains("印 49，应为 50"));
        assertThat(findingsList(robot).getItems()).hasSize(before - 1);
        assertThat(robot.lookup("#statusText").queryLabeled().getText()).startsWith("1 个错误");
        // the tables show the correction, with the reading struck through beside it
        assertThat(window.tablesView().textOf(notHeld)).containsExactly("50", "49");
        assertThat(window.tablesView().styleOf(notHeld)).contains("cell-corrected").doesNotContain("cell-error");
        Review review = saved.get(window.model().review().reviewedProperty().get().read().report().file());
        assertThat(review.correction(notHeld)).get().satisfies(c -> {
            assertThat(c.printed()).isEqualTo("49");
            assertThat(c.value()).isEqualByComparingTo("50");
            assertThat(c.note()).isEqualTo("原件印 50");
        });

        // the cell's own context menu
        robot.interact(() -> window.model().tables().selectCell(notHeld));
        WaitForAsyncUtils.waitForFxEvents();
        // the request a right-click makes (Monocle's robot makes none of its own)
        Node cellNode = window.tablesView().nodeOf(notHeld);
        robot.interact(() -> {
            Bounds b = cellNode.localToScreen(cellNode.getBoundsInLocal());
            cellNode.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5,
                    b.getMinY() + 5, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("在此单元格添加问题…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#addedComment").queryAs(TextField.class).setText("表三无说明文字"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findingsList(robot).getItems()).filteredOn(r -> r.rule().equals("manual"))
                .extracting(FindingRow::message).containsExactly("表三无说明文字");

        // both undone, one step each
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.model().tables().selectCell(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findingsList(robot).getItems()).hasSize(before);
        assertThat(window.tablesView().textOf(notHeld)).containsExactly("49");
    }
}
