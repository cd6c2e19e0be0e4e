package org.reportauditor.app;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.reportauditor.app.i18n.UiStrings;

/**
 * What the window shows with no report open: how to open one, and the files opened lately. It is
 * the first thing on screen, so it is kept plain (no icon font to load before it can be shown).
 */
final class WelcomeView extends VBox {
    private final MainViewModel model;
    private final UiStrings strings;
    private final VBox recent = new VBox(2);

    WelcomeView(MainViewModel model, UiStrings strings, Runnable chooseFile) {
        super(14);
        this.model = model;
        this.strings = strings;
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
        HBox actions = new HBox(10, open, sample);
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
        recentBox.setMinWidth(420);
        recentBox.visibleProperty().bind(Bindings.isNotEmpty(model.recentFiles()));
        recentBox.managedProperty().bind(recentBox.visibleProperty());

        getChildren().addAll(title, intro, actions, dropHint, recentBox);
        model.recentFiles().addListener((ListChangeListener<Path>) change -> listRecent());
        listRecent();
    }

    private void listRecent() {
        recent.getChildren().clear();
        for (Path file : model.recentFiles()) {
            Hyperlink link = new Hyperlink(String.valueOf(file.getFileName()));
            link.getStyleClass().add("recent-file");
            link.setOnAction(e -> model.open(file));
            Label folder = new Label(file.getParent() == null ? "" : file.getParent().toString());
            folder.getStyleClass().add("recent-folder");
            HBox line = new HBox(8, link, folder);
            line.setAlignment(Pos.BASELINE_LEFT);
            recent.getChildren().add(line);
        }
    }
}
