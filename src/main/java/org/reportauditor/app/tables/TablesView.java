package org.reportauditor.app.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.reportauditor.template.layout.GridPosition;
import org.reportauditor.app.findings.SeverityIcons;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Severity;

/** The tables of sections 二, 三 and 四, one tab each; a tab with findings carries their icon. */
public final class TablesView extends StackPane {
    private final TablesViewModel model;
    private final UiStrings strings;
    private final TabPane tabs = new TabPane();
    private final CellActions actions;
    /** While the tabs are being put back for another report; their selection then is none of the user's. */
    private boolean rebuilding;
    /** The severity each tab's icon shows, so that a selection that leaves it is no new icon. */
    private final Map<Tab, Severity> badges = new HashMap<>();

    public TablesView(TablesViewModel model, UiStrings strings, CellActions actions) {
        this.model = model;
        this.actions = actions;
        this.strings = strings;
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
            // the tab pane selects its first tab as the tabs are put back: that is no choice
            if (now.intValue() >= 0 && !rebuilding) {
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
        GridCell cell = cellOf(address);
        return cell == null ? Set.of() : Set.copyOf(cell.getStyleClass());
    }

    /**
     * The node of a report cell in its sheet, {@code null} when it is not shown: what the user
     * clicks or right-clicks (the tests do the same), and what it shows: {@link #textOf}.
     */
    public Node nodeOf(CellAddress address) {
        return cellOf(address);
    }

    /** The text a report cell shows and, after a correction, the reading struck through beside it. */
    public List<String> textOf(CellAddress address) {
        GridCell cell = cellOf(address);
        if (cell == null) {
            return List.of();
        }
        return cell.struckReading() == null ? List.of(cell.shownText())
                : List.of(cell.shownText(), cell.struckReading());
    }

    private GridCell cellOf(CellAddress address) {
        for (Tab tab : tabs.getTabs()) {
            SheetView view = sheetOf(tab);
            if (view != null) {
                GridPosition at = view.sheet().table().positions().get(address);
                if (at != null) {
                    return view.cellAt(at);
                }
            }
        }
        return null;
    }

    /** The sheet on a tab, {@code null} while the tab has not been shown. */
    private static SheetView sheetOf(Tab tab) {
        if (tab.getContent() instanceof BorderPane noticed) {
            return (SheetView) noticed.getCenter();
        }
        return (SheetView) tab.getContent();
    }

    /** The title of the table on the tab shown. */
    public Optional<String> shownTitle() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? Optional.empty() : Optional.of(tab.getText());
    }

    private void rebuild() {
        int shown = model.shownSheetProperty().get();
        rebuilding = true;
        tabs.getTabs().clear();
        badges.clear();
        for (TableSheet sheet : model.sheets()) {
            Tab tab = new Tab(sheet.layout().title());
            tab.setTooltip(new Tooltip(sheet.doubtful() ? sheet.layout().title() + "\n" + strings.get("tables.doubtful")
                    : sheet.layout().title()));
            badge(tab, sheet.worstSeverity());
            sheet.marksProperty().addListener((obs, old, now) -> {
                Severity worst = sheet.worstSeverity();
                if (worst != badges.get(tab)) {
                    badge(tab, worst);
                }
            });
            tabs.getTabs().add(tab);
        }
        rebuilding = false;
        show(shown);
    }

    /**
     * A sheet is built when its tab is first shown: most reports are looked at in one table. A
     * doubtful table says so above its grid.
     */
    private void fill(Tab tab, TableSheet sheet) {
        if (tab.getContent() != null) {
            return;
        }
        SheetView view = new SheetView(sheet, model, actions, strings);
        if (sheet.doubtful()) {
            Label notice = new Label(strings.get("tables.doubtful"), new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
            notice.setId("doubtNotice");
            notice.getStyleClass().add("doubt-notice");
            notice.setWrapText(true);
            notice.setMaxWidth(Double.MAX_VALUE);
            tab.setContent(new BorderPane(view, notice, null, null, null));
        } else {
            tab.setContent(view);
        }
    }

    /** The tab's icon: that of the worst finding on its table, none when there are none. */
    private void badge(Tab tab, Severity worst) {
        badges.put(tab, worst);
        tab.setGraphic(worst == null ? null : SeverityIcons.of(worst));
    }

    private void show(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
            fill(tabs.getTabs().get(index), model.sheets().get(index));
        }
    }
}
