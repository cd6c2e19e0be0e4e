package org.reportauditor.app.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.table.TableFilter;

import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.audit.BatchSummary;

/**
 * A folder's reports: a bar with the progress, the file being read and Cancel; the table of reports
 * (sorted by any column, filtered by the values of each, a double-click opens one), or the summary
 * with its charts; the batch workbook's export.
 */
public final class BatchView extends BorderPane {
    private final BatchViewModel model;
    private final UiStrings strings;
    private final TableView<BatchRow> table = new TableView<>();
    private final BarChart<String, Number> byRule = chart();
    private final BarChart<String, Number> errorsByYear = chart();
    private final ListView<String> missing = new ListView<>();

    /**
     * @param openReport     told of the row whose report the auditor opens
     * @param export         asked to export the batch workbook
     * @param exportRunning  whether an export is being written (one at a time)
     */
    public BatchView(BatchViewModel model, UiStrings strings, Consumer<BatchRow> openReport, Runnable export,
                     ObservableBooleanValue exportRunning) {
        this.model = model;
        this.strings = strings;
        setId("batchView");
        getStyleClass().add("batch-view");

        ProgressBar progress = new ProgressBar();
        progress.setId("batchProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.setPrefWidth(220);
        Label status = new Label();
        status.setId("batchStatus");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button();
        cancel.setId("cancelBatchButton");
        cancel.textProperty().bind(strings.bind("batch.cancel"));
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());

        ToggleButton reports = new ToggleButton();
        reports.setId("batchReportsButton");
        reports.textProperty().bind(strings.bind("batch.view.reports"));
        ToggleButton summary = new ToggleButton();
        summary.setId("batchSummaryButton");
        summary.textProperty().bind(strings.bind("batch.view.summary"));
        SegmentedButton views = new SegmentedButton(reports, summary);
        reports.setSelected(true);
        // one of the two is always shown
        views.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        Button exportButton = new Button();
        exportButton.setId("exportBatchButton");
        exportButton.textProperty().bind(strings.bind("batch.export"));
        exportButton.disableProperty().bind(model.runningProperty().or(Bindings.isEmpty(model.rows()))
                .or(BooleanExpression.booleanExpression(exportRunning)));
        exportButton.setOnAction(e -> export.run());

        Label title = new Label();
        title.getStyleClass().add("batch-title");
        title.textProperty().bind(strings.bind(() -> model.folderProperty().get() == null ? ""
                : strings.get("batch.title", model.folderProperty().get(), model.rows().size()),
                model.folderProperty(), model.rows()));
        HBox bar = new HBox(8, title, progress, status, cancel, views, exportButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("batch-bar");
        setTop(bar);

        buildTable(openReport);
        VBox summaryPane = buildSummary();
        summaryPane.visibleProperty().bind(summary.selectedProperty());
        table.visibleProperty().bind(summary.selectedProperty().not());
        setCenter(new StackPane(table, summaryPane));
        model.summaryProperty().addListener((obs, old, now) -> showSummary(now));
        strings.messagesProperty().addListener((obs, old, now) -> showSummary(model.summaryProperty().get()));
    }

    private void buildTable(Consumer<BatchRow> openReport) {
        table.setId("batchTable");
        table.setItems(model.rows());
        table.getColumns().setAll(List.of(
                column("batch.column.file", "batchFileColumn", BatchRow::fileName, 260),
                column("batch.column.agency", "batchAgencyColumn", BatchRow::agency, 220),
                number(column("batch.column.year", "batchYearColumn", BatchRow::year, 60)),
                column("batch.column.version", "batchVersionColumn", BatchRow::version, 60),
                number(column("batch.column.errors", "batchErrorsColumn", BatchRow::errors, 60)),
                number(column("batch.column.warnings", "batchWarningsColumn", BatchRow::warnings, 60)),
                column("batch.column.review", "batchReviewColumn", row -> strings.get(row.review().key()), 80),
                withTooltips(column("batch.column.problems", "batchProblemsColumn", BatchRow::problems, 260)),
                column("batch.column.same", "batchSameColumn",
                        row -> row.sameAs().isEmpty() ? "" : strings.get("batch.same", row.sameAs()), 200)));
        table.setPlaceholder(new Label());
        table.setRowFactory(t -> {
            TableRow<BatchRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openReport.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            BatchRow chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                openReport.accept(chosen);
            }
        });
        // the filter of each column's values, in its header's menu; sorting stays the table's own
        TableFilter.forTableView(table).lazy(true).apply();
    }

    private <V> TableColumn<BatchRow, V> column(String key, String id, Function<BatchRow, V> value, double width) {
        TableColumn<BatchRow, V> column = new TableColumn<>();
        column.textProperty().bind(strings.bind(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A long text, cut to the column's width, is there whole when the pointer rests on it. */
    private static TableColumn<BatchRow, String> withTooltips(TableColumn<BatchRow, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean none = empty || text == null || text.isEmpty();
                setText(none ? null : text);
                setTooltip(none ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /** Figures line up on the right, as in a spreadsheet. */
    private static <V> TableColumn<BatchRow, V> number(TableColumn<BatchRow, V> column) {
        column.getStyleClass().add("number-column");
        return column;
    }

    private VBox buildSummary() {
        byRule.setId("findingsByRuleChart");
        byRule.titleProperty().bind(strings.bind("batch.chart.rules"));
        errorsByYear.setId("errorsByYearChart");
        errorsByYear.titleProperty().bind(strings.bind("batch.chart.errorsByYear"));
        Label missingTitle = new Label();
        missingTitle.textProperty().bind(strings.bind("batch.missing.title"));
        missingTitle.getStyleClass().add("batch-summary-title");
        missing.setId("missingYearsList");
        missing.setPrefHeight(160);
        HBox charts = new HBox(8, byRule, errorsByYear);
        HBox.setHgrow(byRule, Priority.ALWAYS);
        HBox.setHgrow(errorsByYear, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox pane = new VBox(8, charts, missingTitle, missing);
        pane.setPadding(new Insets(8));
        pane.getStyleClass().add("batch-summary");
        return pane;
    }

    private void showSummary(BatchSummary summary) {
        byRule.getData().clear();
        errorsByYear.getData().clear();
        missing.getItems().clear();
        if (summary == null) {
            return;
        }
        byRule.getData().add(series(strings.get("batch.chart.findings"), summary.findingsByRule()));
        Map<String, Long> withErrors = new LinkedHashMap<>();
        Map<String, Long> all = new LinkedHashMap<>();
        summary.reportsByYear().forEach((year, count) -> {
            all.put(String.valueOf(year), count);
            withErrors.put(String.valueOf(year), summary.reportsWithErrorsByYear().getOrDefault(year, 0L));
        });
        errorsByYear.getData().add(series(strings.get("batch.chart.reports"), all));
        errorsByYear.getData().add(series(strings.get("batch.chart.withErrors"), withErrors));
        summary.missingYears().forEach((agency, years) -> missing.getItems().add(strings.get("batch.missing.row",
                agency, years.stream().map(String::valueOf).collect(Collectors.joining("、")))));
        if (missing.getItems().isEmpty()) {
            missing.getItems().add(strings.get("batch.missing.none"));
        }
    }

    private static XYChart.Series<String, Number> series(String name, Map<String, Long> values) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        values.forEach((category, count) -> series.getData().add(new XYChart.Data<>(category, count)));
        return series;
    }

    private static BarChart<String, Number> chart() {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        // counts are whole: the axis's halves stay unlabelled
        counts.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? String.valueOf(value.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.valueOf(text);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setAnimated(false);
        chart.setMinSize(0, 0);
        return chart;
    }

    public TableView<BatchRow> table() {
        return table;
    }
}
