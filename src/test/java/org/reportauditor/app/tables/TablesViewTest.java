package org.reportauditor.app.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportauditor.template.layout.GridPosition;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.FindingTargets;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Finding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TablesViewTest {
    private final ReportSelection selection = new ReportSelection();
    private final UiStrings strings = new UiStrings(Messages.chinese());

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new TablesView(new TablesViewModel(selection, strings,
                new javafx.beans.property.SimpleObjectProperty<>()), strings, CellActions.NONE), 900, 600));
        stage.show();
    }

    @Test
    void aDoubtfulTableSaysSoAboveItsGridAndACleanOneSaysNothing(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> selection.reportProperty().set(new OpenedReport(Fixtures.BEIJING_TEXT,
                "beijing.txt", TablesViewModelTest.beijingWithConfidence(1.0, 0.55, 1.0), null, true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownNotice(robot)).as("section 二, read cleanly").isNull();

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tableTabs").queryAs(TabPane.class).getSelectionModel()
                .select(1));
        WaitForAsyncUtils.waitForFxEvents();

        Label notice = shownNotice(robot);
        assertThat(notice).isNotNull();
        assertThat(notice.getText()).contains("请对照原文核对");
        assertThat(robot.lookup("#tableTabs").queryAs(TabPane.class).getTabs().get(1).getTooltip().getText())
                .contains("请对照原文核对");
    }

    @Test
    void anotherReportBuildsOnlyTheTableShown(FxRobot robot) {
        TabPane tabs = robot.lookup("#tableTabs").queryAs(TabPane.class);
        open(Fixtures.BEIJING_TEXT);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();

        open(Fixtures.REPORTS.resolve("seeds/001_7202961d81cad9db.txt"));

        // the tab pane selects its first tab as the tabs come back; that builds nothing
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(tabs.getTabs()).extracting(tab -> tab.getContent() != null).containsExactly(false, false, true);
    }

    @Test
    void selectingAnotherFindingKeepsTheTooltipsAndTabIconsItDoesNotChange(FxRobot robot) {
        AuditResult result = Fixtures.auditor().audit(Fixtures.BEIJING_TEXT);
        List<Finding> findings = result.findings();
        assertThat(findings).hasSizeGreaterThan(1);
        WaitForAsyncUtils.asyncFx(() -> {
            selection.reportProperty().set(new OpenedReport(Fixtures.BEIJING_TEXT, "beijing.txt", result, null, true));
            selection.findingProperty().set(findings.get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#tableTabs").queryAs(TabPane.class);
        SheetView sheet = robot.lookup(".sheet-view").match(Node::isVisible).queryAs(SheetView.class);
        GridPosition marked = FindingTargets.marked(findings.get(0)).stream()
                .map(cell -> sheet.sheet().table().positions().get(cell)).filter(Objects::nonNull).findFirst()
                .orElseThrow();
        Tooltip tooltip = sheet.tooltipOf(marked);
        List<Node> icons = tabs.getTabs().stream().map(Tab::getGraphic).toList();
        assertThat(tooltip).isNotNull();
        assertThat(icons).anyMatch(Objects::nonNull);

        WaitForAsyncUtils.asyncFx(() -> selection.findingProperty().set(findings.get(1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sheet.tooltipOf(marked)).isSameAs(tooltip);
        for (int i = 0; i < icons.size(); i++) {
            assertThat(tabs.getTabs().get(i).getGraphic()).as("icon of tab %d", i).isSameAs(icons.get(i));
        }
    }

    private void open(Path file) {
        WaitForAsyncUtils.asyncFx(() -> selection.reportProperty().set(new OpenedReport(file,
                String.valueOf(file.getFileName()), Fixtures.auditor().audit(file), null, true)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The notice of the tab shown, {@code null} when it has none. */
    private static Label shownNotice(FxRobot robot) {
        Node content = robot.lookup("#tableTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getContent();
        return (Label) content.lookup("#doubtNotice");
    }
}
