package org.reportauditor.app.findings;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;

/**
 * The list of findings under the tables: a bar with the count of each severity (each a filter) and
 * the cell the list is limited to, and the findings with their icon, message, rule and status.
 */
public final class FindingsView extends BorderPane {
    /** What a row's message leaves of the list's width: the icon, the padding, the scroll bar. */
    private static final double MESSAGE_INSETS = 64;

    private final FindingsViewModel model;
    private final UiStrings strings;
    private final ListView<FindingRow> list = new ListView<>();

    public FindingsView(FindingsViewModel model, UiStrings strings) {
        this.model = model;
        this.strings = strings;
        setId("findingsView");
        getStyleClass().add("findings-view");
        setTop(filterBar());
        list.setId("findingsList");
        list.setItems(model.rows());
        list.setCellFactory(view -> new FindingCell());
        Label empty = new Label();
        empty.textProperty().bind(strings.bind(() -> strings.get(model.cellFilterProperty().get() == null
                ? "findings.none" : "findings.noneForCell"), model.cellFilterProperty()));
        empty.getStyleClass().add("placeholder");
        list.setPlaceholder(empty);
        setCenter(list);

        model.selectedRowProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedRowProperty().set(now);
            }
        });
    }

    private HBox filterBar() {
        HBox bar = new HBox(6);
        bar.getStyleClass().add("findings-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label();
        title.textProperty().bind(strings.bind("findings.title"));
        title.getStyleClass().add("pane-title");
        bar.getChildren().add(title);
        for (Severity severity : Severity.values()) {
            bar.getChildren().add(severityFilter(severity));
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("reviewProgress");
        progress.textProperty().bind(model.progressProperty());
        bar.getChildren().addAll(statusFilter(), spring, cellFilter(), progress);
        return bar;
    }

    /** All, or one review status: the list limited to it. */
    private SegmentedButton statusFilter() {
        ToggleButton all = new ToggleButton();
        all.setId("status-all");
        all.textProperty().bind(strings.bind("findings.status.all"));
        all.setOnAction(e -> model.statusFilterProperty().set(null));
        SegmentedButton statuses = new SegmentedButton(all);
        for (ReviewStatus status : ReviewStatus.values()) {
            ToggleButton only = new ToggleButton();
            only.setId("status-" + status.id());
            only.setGraphic(ReviewIcons.of(status));
            only.textProperty().bind(strings.bind("finding.status." + status.id()));
            only.setOnAction(e -> model.statusFilterProperty().set(only.isSelected() ? status : null));
            statuses.getButtons().add(only);
        }
        all.setSelected(true);
        model.statusFilterProperty().addListener((obs, old, now) -> {
            if (now == null) {
                all.setSelected(true);
            }
        });
        statuses.getStyleClass().add("status-filter");
        return statuses;
    }

    private ToggleButton severityFilter(Severity severity) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("show-" + severity.id());
        toggle.getStyleClass().add("severity-filter");
        toggle.setGraphic(SeverityIcons.of(severity));
        toggle.textProperty().bind(strings.bind(() -> strings.get("findings.count." + severity.id(),
                model.countProperty(severity).get()), model.countProperty(severity)));
        toggle.selectedProperty().bindBidirectional(model.shownProperty(severity));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(strings.bind("findings.filterTip"));
        toggle.setTooltip(tip);
        return toggle;
    }

    private HBox cellFilter() {
        Label name = new Label();
        name.setId("cellFilter");
        name.textProperty().bind(model.cellFilterProperty());
        Button clear = new Button();
        clear.setGraphic(new FontIcon(MaterialDesignC.CLOSE));
        clear.getStyleClass().add("chip-close");
        clear.setOnAction(e -> model.clearCellFilter());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(strings.bind("findings.clearCellFilter"));
        clear.setTooltip(tip);
        clear.accessibleTextProperty().bind(tip.textProperty());
        HBox chip = new HBox(4, name, clear);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("filter-chip");
        chip.visibleProperty().bind(Bindings.isNotNull(model.cellFilterProperty()));
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }

    /** A finding's line: built once per cell, filled anew as the list scrolls. */
    private final class FindingCell extends ListCell<FindingRow> {
        private final Label message = new Label();
        private final Label meta = new Label();
        private final Map<Severity, FontIcon> icons = new EnumMap<>(Severity.class);
        private final Map<ReviewStatus, FontIcon> statusIcons = new EnumMap<>(ReviewStatus.class);
        private final HBox line;

        FindingCell() {
            getStyleClass().add("finding-cell");
            setPrefWidth(0);
            message.getStyleClass().add("finding-message");
            message.setWrapText(true);
            message.maxWidthProperty().bind(list.widthProperty().subtract(MESSAGE_INSETS));
            meta.getStyleClass().add("finding-meta");
            line = new HBox(8, new Label(), new VBox(2, message, meta));
            line.setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(FindingRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            message.setText(row.message());
            meta.setText(row.rule() + " · " + row.statusName() + (row.comment().isEmpty() ? "" : " · " + row.comment()));
            meta.setGraphic(statusIcons.computeIfAbsent(row.status(), ReviewIcons::of));
            line.getChildren().set(0, icons.computeIfAbsent(row.severity(), SeverityIcons::of));
            setGraphic(line);
            setAccessibleText(strings.get("severity." + row.severity().id()) + ": " + row.message());
        }
    }
}
