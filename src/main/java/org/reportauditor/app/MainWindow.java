package org.reportauditor.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.reportauditor.app.findings.FindingsView;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.settings.WindowLayout;
import org.reportauditor.app.source.SourceView;
import org.reportauditor.app.tables.TablesView;
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
    private static final double SOURCE_DIVIDER = 0.42;
    private static final double FINDINGS_DIVIDER = 0.62;
    /** The share of the screen a first window takes. */
    private static final double FIRST_WINDOW_SHARE = 0.85;
    private static final long ON_SCREEN_TIMEOUT_NANOS = 30_000_000_000L;

    private final Stage stage;
    private final MainViewModel model;
    private final UiStrings strings;
    private final SourceView sourceView;
    private final TablesView tablesView;
    private final FindingsView findingsView;
    private final SplitPane workspace;
    private final SplitPane rightSide;
    private final BorderPane root = new BorderPane();

    public MainWindow(Stage stage, MainViewModel model, Executor renderThread) {
        this.stage = stage;
        this.model = model;
        this.strings = model.strings();
        this.sourceView = new SourceView(model.source(), strings, renderThread);
        this.tablesView = new TablesView(model.tables(), strings);
        this.findingsView = new FindingsView(model.findings(), strings);
        this.rightSide = new SplitPane(tablesView, findingsView);
        rightSide.setOrientation(Orientation.VERTICAL);
        this.workspace = new SplitPane(sourceView, rightSide);
        workspace.setId("workspace");

        WelcomeView welcome = new WelcomeView(model, strings, this::chooseFile);
        workspace.visibleProperty().bind(model.hasReportProperty());
        welcome.visibleProperty().bind(model.hasReportProperty().not());
        root.setTop(new AppMenus(model, strings).build(this::chooseFile, stage::close, this::showAbout));
        root.setCenter(new StackPane(welcome, workspace));
        root.setBottom(new StatusBar(model));
        root.getStyleClass().add("main-window");
        root.setStyle(FontChoice.rootStyle());

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragExited(e -> root.pseudoClassStateChanged(DROP_TARGET, false));
        scene.setOnDragDropped(this::drop);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            model.saveWindowLayout(layout());
            model.close();
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
        model.shownAtProperty().addListener((obs, old, now) -> {
            if (now != null) {
                measureOnScreen(now);
            }
        });
    }

    /** Shows the window where it was last, and opens the first of {@code files}, if any. */
    public void show(List<Path> files) {
        placeWindow();
        stage.show();
        double[] dividers = model.windowLayout().map(w -> new double[] {w.sourceDivider(), w.findingsDivider()})
                .orElse(new double[] {SOURCE_DIVIDER, FINDINGS_DIVIDER});
        workspace.setDividerPositions(dividers[0]);
        rightSide.setDividerPositions(dividers[1]);
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
        return sourceView;
    }

    public TablesView tablesView() {
        return tablesView;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(strings.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(strings.get("open.reports"), "*.pdf", "*.docx", "*.doc", "*.html",
                        "*.htm", "*.txt"),
                new FileChooser.ExtensionFilter(strings.get("open.allFiles"), "*.*"));
        model.recentFiles().stream().map(Path::getParent).filter(p -> p != null && Files.isDirectory(p)).findFirst()
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
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

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle(strings.get("about.title"));
        about.setHeaderText(strings.get("app.title") + " " + version());
        about.setContentText(strings.get("about.text"));
        about.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        about.getDialogPane().setStyle(root.getStyle());
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
        double source = workspace.getDividers().isEmpty() ? SOURCE_DIVIDER : workspace.getDividers().get(0).getPosition();
        double findings = rightSide.getDividers().isEmpty() ? FINDINGS_DIVIDER
                : rightSide.getDividers().get(0).getPosition();
        // a maximised window keeps the place it had before, to come back to when restored
        Optional<WindowLayout> before = model.windowLayout();
        if (stage.isMaximized() && before.isPresent()) {
            WindowLayout w = before.get();
            return new WindowLayout(w.x(), w.y(), w.width(), w.height(), true, source, findings);
        }
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                source, findings);
    }

    /**
     * Logs how long after the user chose the report its findings and its first marked page were on
     * screen (the figure the README quotes; enable DEBUG for {@code org.reportauditor.app}).
     */
    private void measureOnScreen(long chosenAt) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean pageDrawn = sourceView.currentPage() == 0 || sourceView.isDrawn(sourceView.currentPage());
                if (pageDrawn || now - chosenAt > ON_SCREEN_TIMEOUT_NANOS) {
                    stop();
                    LOG.debug("report on screen {} ms after it was chosen", (now - chosenAt) / 1_000_000);
                }
            }
        }.start();
    }
}
