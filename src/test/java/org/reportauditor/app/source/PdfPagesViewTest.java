package org.reportauditor.app.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.bench.LongPdf;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Severity;
import org.reportauditor.render.PdfPageRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A PDF's pages: drawn where the view is, let go of far from it, marked at every zoom. */
@ExtendWith(ApplicationExtension.class)
class PdfPagesViewTest {
    private final ReportSelection selection = new ReportSelection();
    private final UiStrings strings = new UiStrings(Messages.chinese());
    private final SourceViewModel model = new SourceViewModel(selection, strings,
            new javafx.beans.property.SimpleObjectProperty<>());
    private SourceView view;
    private Path longPdf;

    @Start
    void start(Stage stage) {
        view = new SourceView(model, strings, Runnable::run);
        stage.setScene(new Scene(view, 700, 800));
        stage.getScene().getStylesheets().add(SourceView.class.getResource("/org/reportauditor/app/app.css").toExternalForm());
        stage.show();
    }

    @AfterEach
    void deleteLongPdf() throws IOException {
        if (longPdf != null) {
            WaitForAsyncUtils.asyncFx(() -> selection.reportProperty().set(null));
            WaitForAsyncUtils.waitForFxEvents();
            Files.deleteIfExists(longPdf);
        }
    }

    private AuditResult open(Path pdf) throws IOException {
        AuditResult result = Fixtures.auditor().audit(pdf);
        OpenedReport report = new OpenedReport(pdf, String.valueOf(pdf.getFileName()), result,
                new PdfPageRenderer().open(pdf, null), false);
        WaitForAsyncUtils.asyncFx(() -> selection.reportProperty().set(report));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    @Test
    void scrollingToTheEndDrawsThePagesThereAndLetsGoOfTheFirst(FxRobot robot) throws Exception {
        longPdf = LongPdf.of(Fixtures.BEIJING_PDF, 10);
        open(longPdf);
        int pages = 10 * 4;
        waitUntil(() -> view.isDrawn(1));

        ScrollPane scroller = robot.lookup(".page-scroller").queryAs(ScrollPane.class);
        WaitForAsyncUtils.asyncFx(() -> scroller.setVvalue(1));
        waitUntil(() -> view.isDrawn(pages));

        assertThat(view.currentPage()).isGreaterThan(pages - 3);
        List<Integer> drawn = IntStream.rangeClosed(1, pages).filter(view::isDrawn).boxed().toList();
        assertThat(drawn).as("only the pages in and near the view").contains(pages).allMatch(p -> p > pages - 8);
    }

    @Test
    void aFileWithoutPagesShowsNoneAndItsButtonsGoNowhere(FxRobot robot) throws Exception {
        longPdf = Files.createTempFile("no-pages", ".pdf");
        try (PDDocument empty = new PDDocument()) {
            empty.save(longPdf.toFile());
        }
        open(longPdf);

        robot.doubleClickOn("#pageField").write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.currentPage()).isEqualTo(1);
        assertThat(robot.lookup(".page-tile").queryAll()).isEmpty();
    }

    @Test
    void aZoomStepMovesTheMarksItMakesNoNewOnes(FxRobot robot) throws Exception {
        AuditResult result = open(Fixtures.BEIJING_PDF);
        assertThat(result.count(Severity.ERROR)).isPositive();
        WaitForAsyncUtils.asyncFx(() -> {
            model.fitWidthProperty().set(false);
            model.zoomProperty().set(100);
            selection.findingProperty().set(result.findings().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle mark = robot.lookup("#pdfPages .mark-selected").queryAs(Rectangle.class);
        double width = mark.getWidth();
        double x = mark.getX();

        WaitForAsyncUtils.asyncFx(() -> model.zoomProperty().set(200));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pdfPages .mark-selected").queryAs(Rectangle.class)).isSameAs(mark);
        assertThat(mark.getWidth()).isCloseTo(2 * width, within(0.01));
        assertThat(mark.getX()).isCloseTo(2 * x, within(0.01));
    }
}
