package org.reportauditor.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom of the window: work in progress, the findings' counts, an export, the report open. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel model) {
        super(8);
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.getStyleClass().add("status-progress");
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());
        ProgressBar export = new ProgressBar();
        export.setId("exportProgress");
        export.progressProperty().bind(model.exports().progressProperty());
        export.visibleProperty().bind(model.exports().runningProperty());
        export.managedProperty().bind(export.visibleProperty());
        Label exported = new Label();
        exported.setId("exportStatus");
        exported.textProperty().bind(model.exports().outcomeProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("reportSummary");
        summary.getStyleClass().add("report-summary");
        summary.textProperty().bind(model.summaryProperty());
        getChildren().addAll(progress, status, export, exported, spring, summary);
    }
}
