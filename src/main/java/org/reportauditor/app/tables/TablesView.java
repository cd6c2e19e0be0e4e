package org.reportauditor.app.tables;

import java.util.Optional;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

import org.reportauditor.app.findings.SeverityIcons;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Severity;

/** The tables of sections 二, 三 and 四, one tab each; a tab with findings carries their icon. */
public final class TablesView extends StackPane {
    private final TablesViewModel model;
    private final TabPane tabs = new TabPane();

    public TablesView(TablesViewModel model, UiStrings strings) {
        this.model = model;
        setId("tablesView");
        getStyleClass().add("tables-view");
        tabs.setId("tableTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label none = new Label();
        none.textProperty().bind(strings.bind("tables.none"));
        none.getStyleClass().add("placeholder");
        getChildren().setAll(none, tabs);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(model.sheets()));
        model.sheets().addListener((ListChangeListener<TableSheet>) change -> rebuild());
        model.shownSheetProperty().addListener((obs, old, now) -> show(now.intValue()));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.shownSheetProperty().set(now.intValue());
            }
        });
        rebuild();
    }

    /**
     * The style classes of a report cell in its sheet ({@code cell-error}, {@code cell-selected}…),
     * empty when the cell is not shown; for the tests and for accessibility checks.
     */
    public Set<String> styleOf(CellAddress address) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() instanceof SheetView view) {
                GridPosition at = view.sheet().table().positions().get(address);
                if (at != null) {
                    return view.styleOf(at);
                }
            }
        }
        return Set.of();
    }

    /** The title of the table on the tab shown. */
    public Optional<String> shownTitle() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? Optional.empty() : Optional.of(tab.getText());
    }

    private void rebuild() {
        int shown = model.shownSheetProperty().get();
        tabs.getTabs().clear();
        for (TableSheet sheet : model.sheets()) {
            Tab tab = new Tab(sheet.layout().title());
            tab.setTooltip(new Tooltip(sheet.layout().title()));
            badge(tab, sheet);
            sheet.marksProperty().addListener((obs, old, now) -> badge(tab, sheet));
            tabs.getTabs().add(tab);
        }
        show(shown);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            TableSheet sheet = model.sheets().get(i);
            tab.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    fill(tab, sheet);
                }
            });
        }
    }

    /** A sheet is built when its tab is first shown: most reports are looked at in one table. */
    private void fill(Tab tab, TableSheet sheet) {
        if (tab.getContent() == null) {
            tab.setContent(new SheetView(sheet, model));
        }
    }

    private static void badge(Tab tab, TableSheet sheet) {
        Severity worst = sheet.worstSeverity();
        tab.setGraphic(worst == null ? null : SeverityIcons.of(worst));
    }

    private void show(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
            fill(tabs.getTabs().get(index), model.sheets().get(index));
        }
    }
}
