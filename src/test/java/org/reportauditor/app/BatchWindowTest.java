package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.app.batch.BatchRow;
import org.reportauditor.app.session.AuditFileStore;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.app.settings.SettingsStore;
import org.reportauditor.audit.ReviewProgress;
import org.reportauditor.check.AuditEngine;
import org.reportauditor.check.RuleRegistry;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.text.PlainTextReader;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.render.PdfPageRenderer;
import org.reportauditor.template.ReportRecognizer;
import org.reportauditor.testing.ReportFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The auditor opens a folder: every report in the table with its findings and review, the bad file
 * with its problem, the copy beside its original; sorts by errors, opens a report and comes back;
 * looks at the summary; exports the batch workbook; cancels a batch under way.
 */
@ExtendWith(ApplicationExtension.class)
class BatchWindowTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private Path nextTarget;
    /** Text files past the third wait for this before they are read (the cancel test holds them). */
    private final CountDownLatch held = new CountDownLatch(1);
    private final AtomicInteger textsBegun = new AtomicInteger();
    private final AtomicInteger textsRead = new AtomicInteger();
    private volatile boolean holdTexts;
    /** A text file of this name waits for {@link #held} before it is read. */
    private volatile String holdFile;

    @Start
    void start(Stage stage) {
        AuditFiles auditFiles = new AuditFiles(dir.resolve("data"));
        Auditor holding = new Auditor(new DocumentReaders(Map.of(DocumentKind.TEXT, (file, options) -> {
            if (holdTexts && textsBegun.incrementAndGet() > 3
                    || file.getFileName().toString().equals(holdFile)) {
                awaitIgnoringInterrupts(held);
            }
            try {
                return new PlainTextReader().read(file, options);
            } finally {
                textsRead.incrementAndGet();
            }
        })), new ReportRecognizer(), new AuditEngine(RuleRegistry.rules(), RuleRegistry.acrossRules()));
        window = DesktopApp.open(stage, () -> holdTexts || holdFile != null ? holding : Fixtures.auditor(),
                new PdfPageRenderer(), new SettingsStore(dir.resolve("settings")),
                new AuditFileStore(auditFiles, text -> { }), (owner, kind, suggestion) -> Optional.of(nextTarget));
        window.show(List.of());
    }

    /** As a reader deep in a file does: an interrupt does not stop it. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Last year's report and this year's of one agency, this year's 上年结转 row copied from last year's. */
    private static void consecutiveYears(Path folder) throws Exception {
        String lastYear = Files.readString(Fixtures.BEIJING_TEXT);
        Files.writeString(folder.resolve("a.txt"), lastYear);
        Files.writeString(folder.resolve("b.txt"), lastYear.replace("2020年", "2021年"));
    }

    private Path folderOfReports() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports/2021"));
        for (Path pdf : ReportFiles.in("corpus", ".pdf")) {
            Files.copy(pdf, folder.resolve(pdf.getFileName()));
        }
        Files.copy(ReportFiles.in("corpus", ".pdf").get(0), folder.getParent().resolve("副本.pdf"));
        Files.copy(ReportFiles.in("bad", "random-bytes.pdf").get(0), folder.getParent().resolve("random-bytes.pdf"));
        return folder.getParent();
    }

    private void openFolder(Path folder) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.model().openFolder(folder));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.model().batch().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<BatchRow> table(FxRobot robot) {
        return robot.lookup("#batchTable").queryAs(TableView.class);
    }

    @Test
    void aFolderIsListedSortedOpenedAndComeBackTo(FxRobot robot) throws Exception {
        Path folder = folderOfReports();
        // one report already reviewed: its audit file holds a decision on every finding
        Path reviewedFile = folder.resolve("2021").resolve(ReportFiles.in("corpus", ".pdf").get(1).getFileName());
        AuditResult audit = Fixtures.auditor().audit(reviewedFile);
        Review review = Review.empty(reviewedFile.getFileName().toString(), audit.report().sha256());
        for (var f : audit.findings()) {
            review = review.decide(f.id(), new ReviewState(ReviewStatus.CONFIRMED, "", "审核员", java.time.Instant.EPOCH));
        }
        new AuditFiles(dir.resolve("data")).save(reviewedFile, review);

        openFolder(folder);

        TableView<BatchRow> table = table(robot);
        assertThat(table.getItems()).hasSize(7);
        // remembered among the recent files, where it opens as a batch again
        assertThat(window.model().recentFiles()).first().isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(robot.lookup("#batchStatus").queryLabeled().getText()).startsWith("已检查 7 份报告");
        BatchRow bad = row(table, "random-bytes.pdf");
        assertThat(bad.problems()).contains("random-bytes.pdf");
        // the problem, cut to its column, is there whole in the cell's tooltip
        assertThat(robot.lookup("#batchTable .table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && bad.problems().equals(l.getText())).queryAs(javafx.scene.control.Labeled.class).getTooltip().getText())
                .isEqualTo(bad.problems());
        assertThat(bad.agency()).isNull();
        assertThat(row(table, "副本.pdf").sameAs()).isEqualTo(ReportFiles.in("corpus", ".pdf").get(0).getFileName()
                .toString());
        assertThat(row(table, reviewedFile.getFileName().toString()).review()).isEqualTo(ReviewProgress.DONE);
        assertThat(table.getItems()).filteredOn(r -> !r.fileName().equals(reviewedFile.getFileName().toString()))
                .allMatch(r -> r.review() == ReviewProgress.NOT_STARTED);

        // sorted by errors, most first: a click on the header sorts up, the second down
        Node errorsHeader = robot.lookup(".column-header").match(n -> n.getId() != null
                && n.getId().equals("batchErrorsColumn")).query();
        robot.clickOn(errorsHeader);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isSortedAccordingTo(Comparator.comparingLong(BatchRow::errors));
        robot.clickOn(errorsHeader);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isSortedAccordingTo(Comparator.comparingLong(BatchRow::errors).reversed());
        BatchRow most = table.getItems().get(0);
        assertThat(most.errors()).isPositive();

        // a double-click opens it in the review view, checked as it was in the batch
        robot.doubleClickOn(robot.from(table).lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == most)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().hasReportProperty().get()
                && !window.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getTitle()).startsWith(most.fileName());
        assertThat(window.model().review().reviewedProperty().get().findings()).hasSize(
                most.reviewed().findings().size());
        assertThat(robot.lookup("#batchView").query().isVisible()).isFalse();

        // a decision made there shows in the batch's table when the auditor comes back
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#backToBatchButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().hasReportProperty().get()).isFalse();
        assertThat(robot.lookup("#batchView").query().isVisible()).isTrue();
        assertThat(table(robot).getItems()).hasSize(7);
        BatchRow decided = row(table, most.fileName());
        assertThat(decided.review()).isIn(ReviewProgress.UNDER_WAY, ReviewProgress.DONE);
        assertThat(decided.reviewed().count(ReviewStatus.CONFIRMED)).isEqualTo(1);
        // the batch keeps no report's layout, the one reviewed neither
        assertThat(decided.reviewed().read().document().blocks()).isEmpty();

        // the summary: findings by rule, reports by year
        robot.clickOn("#batchSummaryButton");
        WaitForAsyncUtils.waitForFxEvents();
        BarChart<?, ?> byRule = robot.lookup("#findingsByRuleChart").queryAs(BarChart.class);
        assertThat(byRule.isVisible()).isTrue();
        assertThat(byRule.getData()).singleElement().satisfies(series -> assertThat(series.getData()).isNotEmpty());
        BarChart<?, ?> byYear = robot.lookup("#errorsByYearChart").queryAs(BarChart.class);
        assertThat(byYear.getData()).hasSize(2);

        // the batch workbook: one row a report, one a finding
        nextTarget = dir.resolve("汇总.xlsx");
        robot.clickOn("#exportBatchButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.model().exports().runningProperty().get());
        long findings = table.getItems().stream().mapToLong(r -> r.reviewed().findings().size()).sum();
        try (Workbook workbook = WorkbookFactory.create(nextTarget.toFile(), null, true)) {
            Sheet reports = workbook.getSheet("报告");
            assertThat(reports.getLastRowNum()).isEqualTo(7);
            assertThat(workbook.getSheet("问题清单").getLastRowNum()).isEqualTo(findings);
        }
    }

    @Test
    void aRecentFolderOpensAsABatchAgain(FxRobot robot) throws Exception {
        Path folder = folderOfReports();
        openFolder(folder);
        WaitForAsyncUtils.asyncFx(() -> window.model().batch().close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();

        robot.clickOn(robot.lookup(".recent-file").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.model().batch().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().batch().folderProperty().get()).isEqualTo(folder.toAbsolutePath().normalize());
        assertThat(table(robot).getItems()).hasSize(7);
    }

    @Test
    void cancelStopsTheBatchWithoutWaitingForTheFilesBeingReadAndKeepsWhatIsDone(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("texts"));
        List<Path> seeds = ReportFiles.in("seeds", ".txt");
        for (int i = 0; i < 12; i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i)), Files.readString(seeds.get(i % seeds.size()))
                    + "\n" + "#".repeat(i + 1));
        }
        holdTexts = true;
        WaitForAsyncUtils.asyncFx(() -> window.model().openFolder(folder));
        // three read, the next ones held in their reader
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> textsBegun.get() > 3 && table(robot).getItems().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().batch().runningProperty().get()).isTrue();

        robot.clickOn("#cancelBatchButton");
        // done while the files being read are still held: cancel does not wait for them
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.model().batch().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(held.getCount()).isEqualTo(1);
        assertThat(table(robot).getItems()).hasSize(3);
        assertThat(robot.lookup("#batchStatus").queryLabeled().getText()).isEqualTo("已取消：已检查 3/12 份报告，其余未读取");
        int begun = textsBegun.get();
        held.countDown();
        // once the files being read are done, no further file was begun
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textsRead.get() == begun);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textsBegun.get()).isEqualTo(begun);
        assertThat(table(robot).getItems()).hasSize(3);
    }

    private static BatchRow row(TableView<BatchRow> table, String fileName) {
        List<BatchRow> found = new ArrayList<>(table.getItems().filtered(r -> r.fileName().equals(fileName)));
        assertThat(found).as(fileName).hasSize(1);
        return found.get(0);
    }

    @Test
    void aReportOpenedAloneIsCheckedAgainstLastYearsBesideItWithTheReviewKept(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("beside"));
        consecutiveYears(folder);
        Files.copy(ReportFiles.in("corpus", ".pdf").get(0), folder.resolve("other-agency.pdf"));
        // last year's report is held in its reader until the auditor has made a decision
        holdFile = "a.txt";

        Fixtures.openAndWait(window, folder.resolve("b.txt"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().review().reviewedProperty().get().count(ReviewStatus.CONFIRMED)).isEqualTo(1);
        assertThat(window.model().review().reviewedProperty().get().findings())
                .noneMatch(f -> f.finding().rule().equals("carry-over"));
        held.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().review().reviewedProperty().get()
                .findings().stream().anyMatch(f -> f.finding().rule().equals("carry-over")));
        WaitForAsyncUtils.waitForFxEvents();

        var reviewed = window.model().review().reviewedProperty().get();
        assertThat(reviewed.read().lastYear().file()).endsWith("a.txt");
        // the decision made while the folder was searched is kept, and can be undone
        assertThat(reviewed.count(ReviewStatus.CONFIRMED)).isEqualTo(1);
        assertThat(window.model().review().canUndoProperty().get()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().review().reviewedProperty().get().count(ReviewStatus.CONFIRMED)).isZero();
    }

    @Test
    void aBatchReportOpensCheckedAgainstLastYearsAsTheBatchPairedThem(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pair"));
        consecutiveYears(folder);
        // a copy of last year's is the same report: the pairing stays clear
        Files.copy(folder.resolve("a.txt"), folder.resolve("a-副本.txt"));
        openFolder(folder);

        BatchRow thisYear = row(table(robot), "b.txt");
        assertThat(thisYear.lastYear()).isNotNull();
        assertThat(thisYear.reviewed().findings()).anyMatch(f -> f.finding().rule().equals("carry-over"));

        robot.doubleClickOn(robot.from(table(robot)).lookup(".table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() == thisYear).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().hasReportProperty().get()
                && !window.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().review().reviewedProperty().get().findings())
                .anyMatch(f -> f.finding().rule().equals("carry-over"));
        assertThat(window.model().review().reviewedProperty().get().read().lastYear()).isNotNull();
        // not among the recent files, which keep the folder
        assertThat(window.model().recentFiles()).containsExactly(folder.toAbsolutePath().normalize());
        assertThat(robot.lookup("#backToBatchButton").query().isVisible()).isTrue();
    }
}
