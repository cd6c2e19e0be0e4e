package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.model.AddedFinding;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.render.PdfPageRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The auditor adds findings of their own in the source: a box dragged on a PDF page, words selected in a text. */
@ExtendWith(ApplicationExtension.class)
class OwnFindingsInSourceTest {
    @TempDir
    Path settingsFolder;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = DesktopApp.open(stage, Fixtures::auditor, new PdfPageRenderer(), new SettingsStore(settingsFolder),
                ReviewStore.NONE);
        window.show(List.of());
    }

    /** Which of the nodes shows most in the view (by its index among them), and what of it shows. */
    private record InView(int index, Bounds shown) {
    }

    private static InView mostInView(FxRobot robot, String viewQuery, String nodesQuery) {
        Node view = robot.lookup(viewQuery).query();
        Bounds port = view.localToScreen(view.getBoundsInLocal());
        List<Node> nodes = List.copyOf(robot.lookup(nodesQuery).queryAll());
        InView best = null;
        for (int i = 0; i < nodes.size(); i++) {
            Bounds b = nodes.get(i).localToScreen(nodes.get(i).getBoundsInLocal());
            double top = Math.max(b.getMinY(), port.getMinY());
            double bottom = Math.min(b.getMaxY(), port.getMaxY());
            if (bottom - top > (best == null ? 0 : best.shown().getHeight())) {
                best = new InView(i, new BoundingBox(b.getMinX(), top, b.getWidth(), bottom - top));
            }
        }
        assertThat(best).as("something of " + nodesQuery + " in view").isNotNull();
        return best;
    }

    /** Drags across the box from 20 % to 60 % of its width, from a fifth to a third of its height. */
    private static void dragAcross(FxRobot robot, Bounds b) {
        robot.moveTo(b.getMinX() + b.getWidth() * 0.2, b.getMinY() + b.getHeight() * 0.2);
        robot.press(javafx.scene.input.MouseButton.PRIMARY);
        robot.moveTo(b.getMinX() + b.getWidth() * 0.4, b.getMinY() + b.getHeight() * 0.25);
        robot.moveTo(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + b.getHeight() * 0.33);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answer(FxRobot robot, String comment) {
        robot.interact(() -> robot.lookup("#addedComment").queryAs(TextField.class).setText(comment));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<ReviewedFinding> own() {
        return window.model().review().reviewedProperty().get().findings().stream()
                .filter(f -> f.finding().rule().equals(AddedFinding.RULE)).toList();
    }

    @Test
    void aBoxDraggedOnAPdfPage(FxRobot robot) throws TimeoutException {
        Fixtures.openAndWait(window, Fixtures.BEIJING_PDF);
        // the page in view (the first finding's), dragged across within what shows of it
        InView page = mostInView(robot, "#pdfPages", ".page-tile");
        dragAcross(robot, page.shown());
        answer(robot, "此处排版有误");
        assertThat(own()).hasSize(1);
        ReviewedFinding added = own().get(0);
        assertThat(window.model().strings().format(added.finding().message())).contains("此处排版有误");
        assertThat(added.finding().source()).isInstanceOfSatisfying(SourceLocation.PageRegion.class, region -> {
            assertThat(region.page()).isEqualTo(page.index() + 1);
            // the box spans 40 % of the page's width, in points
            assertThat(region.box().width()).isBetween(0.35 * 595, 0.45 * 595);
            assertThat(region.box().height()).isGreaterThan(4);
        });
        // shown on the page as the auditor's own
        assertThat(robot.lookup(".mark-own").queryAll()).isNotEmpty();
    }

    @Test
    void wordsSelectedInATextReport(FxRobot robot) throws TimeoutException {
        Fixtures.openAndWait(window, Fixtures.BEIJING_TEXT);
        // the report's opening paragraphs
        robot.interact(() -> robot.lookup("#textDocument").queryAs(ScrollPane.class).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        dragAcross(robot, mostInView(robot, "#textDocument", ".document-paragraph").shown());
        answer(robot, "表述不清");
        assertThat(own()).hasSize(1);
        ReviewedFinding added = own().get(0);
        assertThat(added.finding().quote()).isNotBlank();
        assertThat(added.finding().source()).isInstanceOfSatisfying(SourceLocation.TextRange.class, range -> {
            String text = window.model().review().reviewedProperty().get().read().document().text();
            assertThat(text.substring(range.offset(), range.end())).isEqualTo(added.finding().quote());
        });
    }
}
