package org.reportauditor.app;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import org.reportauditor.app.batch.BatchView;
import org.reportauditor.app.findings.FindingsViewModel;
import org.reportauditor.app.export.ExportKind;
import org.reportauditor.app.export.ExportTargets;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.tables.CellActions;
import org.reportauditor.app.session.OpenedReport;
import org.reportauditor.app.session.ReportSelection;
import org.reportauditor.app.settings.WindowLayout;
import org.reportauditor.app.source.SourceView;
import org.reportauditor.app.source.SourceViewModel;
import org.reportauditor.app.tables.TablesView;
import org.reportauditor.app.tables.TablesViewModel;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.template.CellNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: menus; the welcome pane, or the report's source on the left with its tables and
 * findings on the right; a status bar. Files can be dropped anywhere on it.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final String STYLESHEET = "app.css";
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final double SOURCE_DIVIDER = 0.4;
    private static final double FINDINGS_DIVIDER = 0.62;
    /** The share of the screen a first window takes. */
    private static final double FIRST_WINDOW_SHARE = 0.85;
    /** Time enough for the rehearsal's page to be drawn (a few hundred milliseconds when cold). */
    private static final Duration REHEARSAL_TIME = Duration.seconds(3);
    /** The icon's sizes in the resources (made by icons/make-icons.sh): the window manager picks its own. */
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private final Stage stage;
    private final MainViewModel model;
    private final UiStrings strings;
    private final Executor renderThread;
    private final ExportTargets exportTargets;
    /** How much of the words selected a dialog repeats. */
    private static final int QUOTE_SHOWN = 40;
    private final BorderPane root = new BorderPane();
    private final StackPane centre = new StackPane();
    /** Built once the window is on screen, or when a report comes before that. */
    private Workspace workspace;
    private BatchView batchView;

    public MainWindow(Stage stage, MainViewModel model, Executor renderThread, ExportTargets exportTargets) {
        this.stage = stage;
        this.exportTargets = exportTargets;
        this.model = model;
        this.strings = model.strings();
        this.renderThread = renderThread;

        WelcomeView welcome = new WelcomeView(model, strings, this::chooseFile, this::chooseFolder);
        welcome.visibleProperty().bind(model.hasReportProperty().not().and(model.batch().openProperty().not()));
        centre.getChildren().add(welcome);
        model.hasReportProperty().addListener((obs, old, now) -> {
            if (now) {
                workspace();
            }
        });
        model.batch().openProperty().addListener((obs, old, now) -> {
            if (now) {
                batchView();
            }
        });
        root.setTop(new VBox(new AppMenus(model, strings).build(this::chooseFile, this::chooseFolder, stage::close,
                this::showAbout, dialogs), backToBatchBar()));
        root.setCenter(centre);
        root.setBottom(new StatusBar(model));
        root.getStyleClass().add("main-window");
        root.setStyle(FontChoice.rootStyle());

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragExited(e -> root.pseudoClassStateChanged(DROP_TARGET, false));
        scene.setOnDragDropped(this::drop);
        stage.setScene(scene);
        stage.getIcons().setAll(ICON_SIZES.stream().map(size -> new Image(MainWindow.class.getResource(
                "icons/report-auditor-" + size + ".png").toExternalForm())).toList());
        stage.titleProperty().bind(model.titleProperty());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            model.saveWindowLayout(layout());
            model.close();
        });
        model.passwordRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    model.passwordAsked();
                    PasswordDialog.ask(stage, now, strings).ifPresent(password -> model.open(now, password));
                });
            }
        });
        model.saveFailureProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    Alert alert = Dialogs.alert(Alert.AlertType.WARNING, stage, strings);
                    alert.setHeaderText(now);
                    alert.showAndWait();
                    model.saveFailureProperty().set(null);
                });
            }
        });
        model.exports().failureProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    Alert alert = Dialogs.alert(Alert.AlertType.WARNING, stage, strings);
                    alert.setHeaderText(now);
                    alert.showAndWait();
                    model.exports().failureShown();
                });
            }
        });
        model.source().markedPlaceProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> askFinding(now));
            }
        });
        model.failureProperty().addListener((obs, old, now) -> {
            if (now != null) {
                // after the current event: a dialog's nested event loop must not run inside a listener
                Platform.runLater(() -> {
                    ProblemDialog.show(stage, now, strings);
                    model.failureShown();
                });
            }
        });
    }

    /**
     * Shows the window where it was last, and opens the first of {@code files}, if any. The window
     * comes up with its welcome pane first; the panes of a report are built right after its first
     * frame and, with no file given, the engine is warmed up, while the user is still choosing a file.
     */
    public void show(List<Path> files) {
        placeWindow();
        Runnable firstFrame = new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                LOG.debug("window on screen {} ms after the process started",
                        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                Platform.runLater(() -> {
                    workspace();
                    if (files.isEmpty()) {
                        model.openSampleUnseen().thenAccept(sample -> Platform.runLater(() -> rehearse(sample)));
                    }
                });
            }
        };
        stage.getScene().addPostLayoutPulseListener(firstFrame);
        stage.show();
        if (!files.isEmpty()) {
            model.open(files.get(0));
        }
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel model() {
        return model;
    }

    public SourceView sourceView() {
        return workspace().source();
    }

    public TablesView tablesView() {
        return workspace().tables();
    }

    /** What the menus and a cell's context menu ask of the window: its dialogs. */
    private final AppMenus.ReviewDialogs dialogs = new AppMenus.ReviewDialogs() {
        @Override
        public void comment() {
            askComment();
        }

        @Override
        public void correctCell() {
            askCorrection();
        }

        @Override
        public void addFinding() {
            askFinding();
        }

        @Override
        public void reviewer() {
            askReviewer();
        }

        @Override
        public void export(ExportKind kind) {
            exportTargets.choose(stage, kind, model.exports().suggestedTarget(kind))
                    .ifPresent(target -> model.exports().export(kind, target));
        }
    };

    /** Over a report opened from a batch: the way back to the batch's table. */
    private HBox backToBatchBar() {
        Button back = new Button();
        back.setId("backToBatchButton");
        back.textProperty().bind(strings.bind(() -> model.batch().folderProperty().get() == null ? ""
                : strings.get("batch.back", model.batch().folderProperty().get().getFileName()),
                model.batch().folderProperty()));
        back.setOnAction(e -> model.close());
        HBox bar = new HBox(back);
        bar.getStyleClass().add("back-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        BooleanBinding shown = model.reportInBatchProperty();
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);
        return bar;
    }

    /** The batch's view, built when the first folder is opened: most sessions open none. */
    public BatchView batchView() {
        if (batchView == null) {
            batchView = new BatchView(model.batch(), strings, model::open, this::exportBatch,
                    model.exports().runningProperty());
            batchView.visibleProperty().bind(model.hasReportProperty().not().and(model.batch().openProperty()));
            centre.getChildren().add(1, batchView);
        }
        return batchView;
    }

    private void exportBatch() {
        exportTargets.choose(stage, ExportKind.FINDING_WORKBOOK, model.batch().suggestedWorkbook())
                .ifPresent(target -> model.exports().exportBatch(model.batch().reviewedReports(), target));
    }

    private Workspace workspace() {
        if (workspace == null) {
            WindowLayout saved = model.windowLayout().orElse(null);
            workspace = new Workspace(model.source(), model.tables(), model.findings(), strings, renderThread,
                    saved == null ? SOURCE_DIVIDER : saved.sourceDivider(),
                    saved == null ? FINDINGS_DIVIDER : saved.findingsDivider(), dialogs);
            workspace.visibleProperty().bind(model.hasReportProperty());
            centre.getChildren().add(workspace);
        }
        return workspace;
    }

    /**
     * Shows the sample in panes of its own that are never on screen, and lets it go once its page
     * is drawn: the panes' code is then loaded and compiled before the user's first report. The
     * panes have strings of their own, so that nothing of the window keeps them.
     */
    private void rehearse(OpenedReport sample) {
        if (sample == null) {
            return;
        }
        ReportSelection selection = new ReportSelection();
        UiStrings own = new UiStrings(strings.messages());
        Workspace unseen = new Workspace(new SourceViewModel(selection, own,
                new javafx.beans.property.SimpleObjectProperty<>()), new TablesViewModel(selection, own,
                new javafx.beans.property.SimpleObjectProperty<>()),
                new FindingsViewModel(selection, own, model.review()), own, renderThread, SOURCE_DIVIDER, FINDINGS_DIVIDER,
                CellActions.NONE);
        Scene offScreen = new Scene(unseen, stage.getWidth(), stage.getHeight());
        offScreen.getStylesheets().setAll(stage.getScene().getStylesheets());
        unseen.setStyle(root.getStyle());
        selection.reportProperty().set(sample);
        selection.findingProperty().set(sample.result().findings().stream().findFirst().orElse(null));
        unseen.applyCss();
        unseen.layout();
        PauseTransition drawn = new PauseTransition(REHEARSAL_TIME);
        drawn.setOnFinished(e -> sample.close());
        drawn.play();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(strings.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(strings.get("open.reports"), "*.pdf", "*.docx", "*.doc", "*.html",
                        "*.htm", "*.mht", "*.mhtml", "*.txt"),
                new FileChooser.ExtensionFilter(strings.get("open.allFiles"), "*.*"));
        recentFolder().ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(strings.get("open.folder.title"));
        recentFolder().ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            model.openFolder(chosen.toPath());
        }
    }

    /** Where the choosers start: the folder of the newest recent entry that is still there. */
    private Optional<File> recentFolder() {
        return model.recentFiles().stream().map(Path::getParent).filter(p -> p != null && Files.isDirectory(p))
                .findFirst().map(Path::toFile);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            root.pseudoClassStateChanged(DROP_TARGET, true);
        }
        event.consume();
    }

    private void drop(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        root.pseudoClassStateChanged(DROP_TARGET, false);
        if (!files.isEmpty()) {
            model.open(files.get(0).toPath());
        }
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }

    /** Asks for the selected finding's comment, its current one filled in. */
    private void askComment() {
        if (model.findings().selectedRowProperty().get() == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(model.findings().selectedComment());
        Dialogs.ownedBy(dialog, stage);
        dialog.setTitle(strings.get("review.comment.title"));
        dialog.setHeaderText(strings.get("review.comment.header"));
        dialog.getEditor().setId("commentField");
        dialog.showAndWait().ifPresent(comment -> model.findings().commentSelected(comment.strip()));
    }

    /** The name decisions are signed with, set once and remembered. */
    private void askReviewer() {
        TextInputDialog dialog = new TextInputDialog(model.reviewer());
        Dialogs.ownedBy(dialog, stage);
        dialog.setTitle(strings.get("review.reviewer.title"));
        dialog.setHeaderText(strings.get("review.reviewer.header"));
        dialog.getEditor().setId("reviewerField");
        dialog.showAndWait().ifPresent(model::setReviewer);
    }

    /** Corrects the reading of the cell chosen in the tables. */
    private void askCorrection() {
        CellAddress cell = model.chosenCell();
        if (cell == null) {
            return;
        }
        CellReviewDialogs.askCorrection(stage, strings, strings.get("cell.name", CellNames.cell(cell)), model.readingOf(cell))
                .ifPresent(c -> model.review().correct(cell, c.value(), c.note()));
    }

    /** Adds a finding of the auditor's own on words selected or a box drawn in the source. */
    private void askFinding(SourceViewModel.MarkedPlace place) {
        String where = place.quote() != null ? strings.get("review.place.words", shortened(place.quote()))
                : place.location() instanceof SourceLocation.PageRegion region
                ? strings.get("review.place.box", region.page()) : strings.get("review.place.source");
        CellReviewDialogs.askFinding(stage, strings, where).ifPresent(f -> model.review().addFinding(place.location(),
                place.quote(), f.severity(), f.comment()));
    }

    private static String shortened(String words) {
        String oneLine = words.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_SHOWN ? oneLine : oneLine.substring(0, QUOTE_SHOWN) + "…";
    }

    /** Adds a finding of the auditor's own on the cell chosen in the tables. */
    private void askFinding() {
        CellAddress cell = model.chosenCell();
        if (cell == null) {
            return;
        }
        CellReviewDialogs.askFinding(stage, strings, strings.get("cell.name", CellNames.cell(cell)))
                .ifPresent(f -> model.review().addFinding(cell, f.severity(), f.comment()));
    }

    private void showAbout() {
        Alert about = Dialogs.alert(Alert.AlertType.INFORMATION, stage, strings);
        about.setTitle(strings.get("about.title"));
        about.setHeaderText(strings.get("app.title") + " " + version());
        about.setContentText(strings.get("about.text"));
        about.showAndWait();
    }

    private static String version() {
        return Optional.ofNullable(MainWindow.class.getPackage().getImplementationVersion()).orElse("");
    }

    private void placeWindow() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<WindowLayout> saved = model.windowLayout().filter(w -> !Screen.getScreensForRectangle(w.x(), w.y(),
                w.width(), w.height()).isEmpty());
        if (saved.isPresent()) {
            WindowLayout w = saved.get();
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(Math.min(w.width(), screen.getWidth()));
            stage.setHeight(Math.min(w.height(), screen.getHeight()));
            stage.setMaximized(w.maximized());
        } else {
            stage.setWidth(screen.getWidth() * FIRST_WINDOW_SHARE);
            stage.setHeight(screen.getHeight() * FIRST_WINDOW_SHARE);
            stage.setX(screen.getMinX() + screen.getWidth() * (1 - FIRST_WINDOW_SHARE) / 2);
            stage.setY(screen.getMinY() + screen.getHeight() * (1 - FIRST_WINDOW_SHARE) / 2);
        }
    }

    private WindowLayout layout() {
        double source = workspace == null ? SOURCE_DIVIDER : workspace.sourceDivider();
        double findings = workspace == null ? FINDINGS_DIVIDER : workspace.findingsDivider();
        // a maximised window keeps the place it had before, to come back to when restored
        Optional<WindowLayout> before = model.windowLayout();
        if (stage.isMaximized() && before.isPresent()) {
            WindowLayout w = before.get();
            return new WindowLayout(w.x(), w.y(), w.width(), w.height(), true, source, findings);
        }
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                source, findings);
    }
}
