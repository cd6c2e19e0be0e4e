package org.reportauditor.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.reportauditor.Main;
import org.reportauditor.audit.Auditor;

/** The engine and the report files the app's tests use. */
public final class Fixtures {
    public static final Path REPORTS = Path.of("src/test/resources/reports");
    public static final Path BEIJING_TEXT = REPORTS.resolve("seeds/003_4fb9745642b3cd23.txt");
    public static final Path BEIJING_PDF = REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf");
    /** Built once: the engine is immutable and every test may share it. */
    private static final Auditor AUDITOR = Main.auditor();

    private Fixtures() {
    }

    /** The engine as Main wires it, with every reader there is. */
    public static Auditor auditor() {
        return AUDITOR;
    }

    /** A menu item of the window's menu bar, or of a submenu of it, by its id. */
    public static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
                if (item instanceof Menu sub) {
                    for (MenuItem inner : sub.getItems()) {
                        if (id.equals(inner.getId())) {
                            return inner;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    /** Opens the file in the window and waits until its report is shown. */
    public static void openAndWait(MainWindow window, Path file) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.model().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.model().busyProperty().get() && window.model().hasReportProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
