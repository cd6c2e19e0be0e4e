package org.reportauditor.app;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.reportauditor.app.i18n.UiStrings;

/**
 * What the window shows with no report open: how to open one, and the files opened lately. It is
 * the first thing on screen, so it is kept plain (no icon font to load before it can be shown).
 * Every recent file is one button, reached with Tab or the arrow keys.
 */
final class WelcomeView extends VBox {
    private static final double RECENT_WIDTH = 520;
    private static final double RECENT_MIN_WIDTH = 240;

    private final MainViewModel model;
    private final VBox recent = new VBox(2);

    WelcomeView(MainViewModel model, UiStrings strings, Runnable chooseFile, Runnable chooseFolder) {
        super(14);
        this.model = model;
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setFillWidth(false);

        Label title = new Label();
        title.textProperty().bind(strings.bind("app.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label();
        intro.textProperty().bind(strings.bind("welcome.intro"));
        intro.getStyleClass().add("welcome-intro");
        intro.setWrapText(true);
        intro.setMaxWidth(620);

        Button open = new Button();
        open.setId("openButton");
        open.textProperty().bind(strings.bind("welcome.open"));
        open.setDefaultButton(true);
        open.setOnAction(e -> chooseFile.run());
        Button sample = new Button();
        sample.setId("openSampleButton");
        sample.textProperty().bind(strings.bind("welcome.sample"));
        sample.setOnAction(e -> model.openSample());
        Button folder = new Button();
        folder.setId("openFolderButton");
        folder.textProperty().bind(strings.bind("welcome.folder"));
        folder.setOnAction(e -> chooseFolder.run());
        HBox actions = new HBox(10, open, folder, sample);
        actions.setAlignment(Pos.CENTER);

        Label dropHint = new Label();
        dropHint.textProperty().bind(strings.bind("welcome.drop"));
        dropHint.getStyleClass().add("welcome-hint");

        Label recentTitle = new Label();
        recentTitle.textProperty().bind(strings.bind("welcome.recent"));
        recentTitle.getStyleClass().add("welcome-section");
        recent.setId("recentFiles");
        recent.getStyleClass().add("recent-files");
        VBox recentBox = new VBox(6, recentTitle, recent);
        recentBox.setMinWidth(RECENT_MIN_WIDTH);
        recentBox.setPrefWidth(RECENT_WIDTH);
        recentBox.setMaxWidth(RECENT_WIDTH);
        recentBox.visibleProperty().bind(Bindings.isNotEmpty(model.recentFiles()));
        recentBox.managedProperty().bind(recentBox.visibleProperty());

        recent.addEventHandler(KeyEvent.KEY_PRESSED, this::moveThroughRecent);
        getChildren().addAll(title, intro, actions, dropHint, recentBox);
        model.recentFiles().addListener((ListChangeListener<Path>) change -> listRecent());
        listRecent();
    }

    /** The arrow keys go up and down the recent files, as Tab and Shift+Tab do. */
    private void moveThroughRecent(KeyEvent event) {
        int step = event.getCode() == KeyCode.DOWN ? 1 : event.getCode() == KeyCode.UP ? -1 : 0;
        int at = recent.getChildren().indexOf(getScene().getFocusOwner());
        int next = at + step;
        if (step != 0 && at >= 0 && next >= 0 && next < recent.getChildren().size()) {
            recent.getChildren().get(next).requestFocus();
            event.consume();
        }
    }

    /**
     * One button per recent file, its name over its folder: the whole of it opens the file with
     * one click, or with the space bar once Tab has reached it. A long folder keeps its end.
     */
    private void listRecent() {
        recent.getChildren().clear();
        for (Path file : model.recentFiles()) {
            // a folder is told by its trailing separator, as file managers show one
            Label name = new Label(file.getFileName() + (Files.isDirectory(file) ? file.getFileSystem().getSeparator()
                    : ""));
            name.getStyleClass().add("recent-name");
            Label folder = new Label(file.getParent() == null ? "" : file.getParent().toString());
            folder.getStyleClass().add("recent-folder");
            folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            Button open = new Button(null, new VBox(1, name, folder));
            open.getStyleClass().add("recent-file");
            open.setMnemonicParsing(false);
            open.setMaxWidth(Double.MAX_VALUE);
            open.setAlignment(Pos.CENTER_LEFT);
            open.setTooltip(new Tooltip(file.toString()));
            open.setAccessibleText(name.getText() + ", " + folder.getText());
            open.setOnAction(e -> model.open(file));
            recent.getChildren().add(open);
        }
    }
}
