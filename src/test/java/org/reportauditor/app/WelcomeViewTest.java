package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.app.settings.Settings;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.render.PdfPageRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome pane lists the files opened last, each one click or one key away. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {
    private static final Path OTHER_SEED = Fixtures.REPORTS.resolve("seeds/001_7202961d81cad9db.txt");

    @TempDir
    Path settingsFolder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        SettingsStore store = new SettingsStore(settingsFolder);
        store.save(Settings.DEFAULTS.withRecentFile(OTHER_SEED.toAbsolutePath())
                .withRecentFile(Fixtures.BEIJING_TEXT.toAbsolutePath()));
        window = DesktopApp.open(stage, Fixtures::auditor, new PdfPageRenderer(), store, ReviewStore.NONE);
        window.show(List.of());
    }

    private static List<Button> recentFiles(FxRobot robot) {
        return List.copyOf(robot.lookup("#recentFiles .recent-file").queryAllAs(Button.class));
    }

    private static String textOf(Node recent, String styleClass) {
        return ((Label) recent.lookup("." + styleClass)).getText();
    }

    private void opened() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().hasReportProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachRecentFileShowsItsNameOverItsFolderNewestFirst(FxRobot robot) {
        List<Button> recent = recentFiles(robot);

        assertThat(recent).hasSize(2);
        assertThat(textOf(recent.get(0), "recent-name")).isEqualTo("003_4fb9745642b3cd23.txt");
        assertThat(textOf(recent.get(0), "recent-folder"))
                .isEqualTo(Fixtures.BEIJING_TEXT.toAbsolutePath().getParent().toString());
        assertThat(textOf(recent.get(1), "recent-name")).isEqualTo("001_7202961d81cad9db.txt");
    }

    @Test
    void oneClickOpensARecentFile(FxRobot robot) throws TimeoutException {
        robot.clickOn(recentFiles(robot).get(1));
        opened();

        assertThat(window.stage().getTitle()).contains("001_7202961d81cad9db.txt");
    }

    @Test
    void theKeyboardReachesAndOpensARecentFile(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#openSampleButton").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.TAB);
        assertThat(recentFiles(robot).get(0).isFocused()).as("Tab goes from the buttons to the recent files").isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(recentFiles(robot).get(1).isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        opened();

        assertThat(window.stage().getTitle()).contains("001_7202961d81cad9db.txt");
    }

    @Test
    void withNoRecentFilesTheListIsNotShown(FxRobot robot) {
        // what the pane listens to must outlive a collection (a read-only view made per call did not)
        System.gc();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window.model().clearRecentFiles()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(recentFiles(robot)).isEmpty();
        assertThat(robot.lookup("#recentFiles").query().getParent().isVisible()).isFalse();
    }

    @Test
    void switchingTheLanguageKeepsTheRecentFilesAsTheyAre(FxRobot robot) {
        List<Button> before = recentFiles(robot);

        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window.model().strings().setLanguage("en")));
        WaitForAsyncUtils.waitForFxEvents();

        // the settings are saved with the new language; the list of files has not changed, nor its buttons
        assertThat(recentFiles(robot)).hasSize(2).zipSatisfy(before, (now, then) -> assertThat(now).isSameAs(then));
    }
}
