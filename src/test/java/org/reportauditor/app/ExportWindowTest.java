package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.app.session.ReviewStore;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.render.PdfPageRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The auditor confirms a finding and exports both formats from 文件 › 导出; the files are read back. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path dir;

    /** Where the next export is asked to go, and the suggestions the window made. */
    private Path nextTarget;
    private final List<Path> suggested = new ArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = DesktopApp.open(stage, Fixtures::auditor, new PdfPageRenderer(),
                new SettingsStore(dir.resolve("settings")), ReviewStore.NONE, (owner, kind, suggestion) -> {
                    suggested.add(suggestion);
                    return Optional.of(nextTarget);
                });
        window.show(List.of());
    }

    private void openBeijing() throws Exception {
        Path report = dir.resolve("北京2020.pdf");
        try (InputStream in = Files.newInputStream(Fixtures.BEIJING_PDF)) {
            Files.copy(in, report);
        }
        Fixtures.openAndWait(window, report);
    }

    private void waitForTheExport() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.model().exports().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void bothFormatsFromTheMenuCarryTheReview(FxRobot robot) throws Exception {
        openBeijing();
        int findings = window.model().review().reviewedProperty().get().findings().size();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().review().reviewedProperty().get().count(ReviewStatus.CONFIRMED)).isEqualTo(1);

        nextTarget = dir.resolve("out/批注.pdf");
        Files.createDirectories(nextTarget.getParent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForTheExport();
        assertThat(suggested).last().extracting(p -> p.getFileName().toString()).isEqualTo("北京2020-批注.pdf");
        assertThat(robot.lookup("#exportStatus").queryLabeled().getText()).startsWith("已导出");
        try (PDDocument pdf = Loader.loadPDF(nextTarget.toFile())) {
            int squares = 0;
            List<String> states = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationSquare s && !s.getAnnotationName().contains("@")) {
                        squares++;
                    } else if (a instanceof PDAnnotationText t && "Review".equals(t.getStateModel())) {
                        states.add(t.getState());
                    }
                }
            }
            assertThat(squares).isEqualTo(findings);
            assertThat(states).containsExactly("Accepted");
        }

        nextTarget = dir.resolve("out/问题清单.xlsx");
        robot.interact(() -> Fixtures.menuItem(robot, "exportWorkbookMenuItem").fire());
        waitForTheExport();
        assertThat(suggested).last().extracting(p -> p.getFileName().toString()).isEqualTo("北京2020-问题清单.xlsx");
        try (Workbook workbook = WorkbookFactory.create(nextTarget.toFile(), null, true)) {
            Sheet list = workbook.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(findings);
            int status = -1;
            for (var header : list.getRow(0)) {
                if (header.getStringCellValue().equals("审核状态")) {
                    status = header.getColumnIndex();
                }
            }
            List<String> statuses = new ArrayList<>();
            for (Row row : list) {
                if (row.getRowNum() > 0) {
                    statuses.add(row.getCell(status).getStringCellValue());
                }
            }
            assertThat(statuses).containsOnlyOnce("已确认");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndTheReviewKept(FxRobot robot) throws Exception {
        openBeijing();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        Path blocker = Files.writeString(dir.resolve("不是文件夹"), "x");
        nextTarget = blocker.resolve("批注.pdf");
        robot.interact(() -> Fixtures.menuItem(robot, "exportPdfMenuItem").fire());
        waitForTheExport();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains(nextTarget.toString()).contains("审核记录未受影响");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(nextTarget)).isFalse();
        assertThat(window.model().review().reviewedProperty().get().count(ReviewStatus.CONFIRMED)).isEqualTo(1);
        assertThat(Fixtures.menuItem(robot, "exportPdfMenuItem").isDisable()).isFalse();
    }
}
