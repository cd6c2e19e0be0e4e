package org.reportauditor.app.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

import org.reportauditor.model.ReviewStatus;
import org.reportauditor.template.layout.GridPosition;
import org.reportauditor.template.layout.SheetCell;
import org.reportauditor.template.layout.SheetCellKind;
import org.reportauditor.template.layout.SheetLayout;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.layout.Words;

/**
 * One table as a read-only grid with the template's merged cells, marked as its view-model says.
 * A value cell is chosen with the mouse or, once the grid has the focus, with the arrow keys; the
 * choice goes to the view-model. Selecting the cell of a finding does not count as a choice.
 *
 * <p>A plain grid of text cells rather than a spreadsheet control: the template's tables are small
 * (at most 30 rows), and a grid of them is styled and laid out in a fraction of the time.
 */
final class SheetView extends ScrollPane {
    private static final double VALUE_WIDTH = 58;
    private static final double LABEL_WIDTH = 210;
    private static final double GROUP_LABEL_WIDTH = 76;
    /** Room left beside a cell scrolled into view. */
    private static final double SCROLL_MARGIN = 12;
    /** The cells' padding left and right, and a little room to spare. */
    private static final double CELL_PADDING = 16;
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final Set<String> MARK_CLASSES = Set.of("cell-error", "cell-warning", "cell-info", "cell-outlined",
            "cell-selected", "cell-confirmed", "cell-dismissed", "cell-corrected");

    private final TableSheet sheet;
    private final ContextMenu cellMenu;
    private final TablesViewModel model;
    private final GridPane grid = new GridPane();
    private final Map<GridPosition, GridCell> values = new HashMap<>();
    private final Map<GridCell, Tooltip> tooltips = new HashMap<>();
    private final List<GridCell> pinnedLeft = new ArrayList<>();
    private final List<GridCell> pinnedTop = new ArrayList<>();
    private GridPosition chosen;

    SheetView(TableSheet sheet, TablesViewModel model, CellActions actions, UiStrings strings) {
        this.sheet = sheet;
        this.model = model;
        this.cellMenu = cellMenu(actions, strings);
        getStyleClass().add("sheet-view");
        grid.getStyleClass().add("sheet-grid");
        grid.setFocusTraversable(true);
        SheetLayout layout = sheet.layout();
        for (int c = 0; c < layout.columnCount(); c++) {
            double width = columnWidth(layout, c, widestWord(layout, c));
            ColumnConstraints column = new ColumnConstraints(width, width, width, Priority.NEVER, null, true);
            grid.getColumnConstraints().add(column);
        }
        for (SheetCell cell : layout.cells()) {
            GridCell label = label(cell);
            grid.add(label, cell.column(), cell.row(), cell.columnSpan(), cell.rowSpan());
            pin(label, cell, layout);
        }
        grid.addEventHandler(KeyEvent.KEY_PRESSED, this::move);
        // from the keyboard (the menu key, Shift+F10) the menu opens on the chosen cell
        grid.setOnContextMenuRequested(e -> {
            if (chosen != null) {
                Bounds cell = values.get(chosen).localToScreen(values.get(chosen).getBoundsInLocal());
                cellMenu.show(values.get(chosen), cell.getCenterX(), cell.getMaxY());
                e.consume();
            }
        });
        setContent(grid);
        setFitToWidth(false);
        hvalueProperty().addListener((obs, old, now) -> followScroll());
        vvalueProperty().addListener((obs, old, now) -> followScroll());
        viewportBoundsProperty().addListener((obs, old, now) -> followScroll());
        grid.layoutBoundsProperty().addListener((obs, old, now) -> followScroll());
        applyMarks(sheet.marksProperty().get());
        sheet.marksProperty().addListener((obs, old, now) -> applyMarks(now));
        sheet.focusProperty().addListener((obs, old, now) -> show(now));
        show(sheet.focusProperty().get());
    }

    TableSheet sheet() {
        return sheet;
    }

    /**
     * The row labels stay at the left edge and the column headers at the top while the values
     * scroll under them, so that a value far right or far down still shows what it counts.
     */
    private void pin(GridCell label, SheetCell cell, SheetLayout layout) {
        boolean rowLabel = cell.column() + cell.columnSpan() <= layout.labelColumns();
        boolean columnHeader = cell.row() + cell.rowSpan() <= layout.headerRows();
        if (rowLabel) {
            pinnedLeft.add(label);
        }
        if (columnHeader) {
            pinnedTop.add(label);
        }
        // over the values that scroll under them, the corner over both
        label.setViewOrder(rowLabel && columnHeader ? -2 : rowLabel || columnHeader ? -1 : 0);
    }

    private void followScroll() {
        double left = scrolledLeft();
        double top = scrolledTop();
        pinnedLeft.forEach(cell -> cell.setTranslateX(left));
        pinnedTop.forEach(cell -> cell.setTranslateY(top));
    }

    private double scrolledLeft() {
        return Math.max(0, grid.getWidth() - getViewportBounds().getWidth()) * getHvalue();
    }

    private double scrolledTop() {
        return Math.max(0, grid.getHeight() - getViewportBounds().getHeight()) * getVvalue();
    }

    /** How far the pinned labels reach into the view from the left, and the pinned headers from the top. */
    private double pinnedWidth() {
        return pinnedLeft.stream().mapToDouble(c -> c.getLayoutX() + c.getWidth()).max().orElse(0);
    }

    private double pinnedHeight() {
        return pinnedTop.stream().mapToDouble(c -> c.getLayoutY() + c.getHeight()).max().orElse(0);
    }

    /** The value cell at a grid position, {@code null} for none. */
    GridCell cellAt(GridPosition position) {
        return values.get(position);
    }

    private GridCell label(SheetCell cell) {
        boolean value = cell.kind() == SheetCellKind.VALUE || cell.kind() == SheetCellKind.MISSING;
        GridCell label = new GridCell(cell.text(), value ? HPos.RIGHT
                : cell.kind() == SheetCellKind.HEADER ? HPos.CENTER : HPos.LEFT, !value);
        label.getStyleClass().addAll("sheet-cell", "sheet-" + cell.kind().name().toLowerCase(Locale.ROOT));
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (value) {
            GridPosition at = cell.position();
            values.put(at, label);
            label.setOnMouseClicked(e -> {
                grid.requestFocus();
                choose(at);
            });
            label.setOnContextMenuRequested(e -> {
                grid.requestFocus();
                choose(at);
                cellMenu.show(label, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        } else {
            label.setOnMouseClicked(e -> choose(null));
        }
        return label;
    }

    /** 更正读数… and 添加问题… for the cell right-clicked (it is chosen first). */
    private static ContextMenu cellMenu(CellActions actions, UiStrings strings) {
        MenuItem correct = new MenuItem();
        correct.textProperty().bind(strings.bind("tables.menu.correct"));
        correct.setId("correctCellMenuItem");
        correct.setOnAction(e -> actions.correctCell());
        MenuItem add = new MenuItem();
        add.textProperty().bind(strings.bind("tables.menu.add"));
        add.setId("addFindingCellMenuItem");
        add.setOnAction(e -> actions.addFinding());
        ContextMenu menu = new ContextMenu(correct, add);
        menu.setId("cellMenu");
        return menu;
    }

    /** The user chose a cell (or, with {@code null}, a header or label). */
    private void choose(GridPosition position) {
        mark(position);
        model.choose(sheet, position);
    }

    private void mark(GridPosition position) {
        if (chosen != null) {
            values.get(chosen).pseudoClassStateChanged(CHOSEN, false);
        }
        chosen = position != null && values.containsKey(position) ? position : null;
        if (chosen != null) {
            values.get(chosen).pseudoClassStateChanged(CHOSEN, true);
        }
    }

    /** The cell of the selected finding: marked as the chosen one and scrolled to, not a choice. */
    private void show(GridPosition position) {
        if (position == null || !values.containsKey(position)) {
            return;
        }
        mark(position);
        GridCell cell = values.get(position);
        if (cell.getHeight() > 0) {
            scrollTo(cell);
        } else {
            // a sheet just built has no geometry yet: scroll once it is laid out
            cell.heightProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Number> height, Number old, Number now) {
                    cell.heightProperty().removeListener(this);
                    Platform.runLater(() -> scrollTo(cell));
                }
            });
        }
    }

    /**
     * Scrolls as little as brings the cell into view beside the pinned labels and under the pinned
     * headers: rows are centred, so that the rows around it show too; columns move only so far.
     */
    private void scrollTo(GridCell cell) {
        Bounds bounds = cell.getBoundsInParent();
        Bounds viewport = getViewportBounds();
        double pinnedHeight = pinnedHeight();
        double pinnedWidth = pinnedWidth();
        double height = grid.getHeight() - viewport.getHeight();
        double width = grid.getWidth() - viewport.getWidth();
        double top = scrolledTop() + pinnedHeight;
        double left = scrolledLeft() + pinnedWidth;
        double visibleHeight = viewport.getHeight() - pinnedHeight;
        double visibleWidth = viewport.getWidth() - pinnedWidth;
        if (height > 0 && (bounds.getMinY() < top || bounds.getMaxY() > top + visibleHeight)) {
            setVvalue(clamp((bounds.getCenterY() - pinnedHeight - visibleHeight / 2) / height));
        }
        if (width > 0 && bounds.getMaxX() > left + visibleWidth) {
            setHvalue(clamp((bounds.getMaxX() + SCROLL_MARGIN - viewport.getWidth()) / width));
        } else if (width > 0 && bounds.getMinX() < left) {
            setHvalue(clamp((bounds.getMinX() - SCROLL_MARGIN - pinnedWidth) / width));
        }
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    /**
     * The arrow keys move the choice to the next value cell in their direction; with none chosen
     * yet, they choose the first.
     */
    private void move(KeyEvent event) {
        GridPosition step = switch (event.getCode()) {
            case UP -> new GridPosition(-1, 0);
            case DOWN -> new GridPosition(1, 0);
            case LEFT -> new GridPosition(0, -1);
            case RIGHT -> new GridPosition(0, 1);
            default -> null;
        };
        if (step == null || values.isEmpty()) {
            return;
        }
        event.consume();
        GridPosition next = chosen == null ? firstValue() : nextValue(chosen, step);
        choose(next);
        scrollTo(values.get(next));
    }

    private GridPosition firstValue() {
        return values.keySet().stream()
                .min(Comparator.comparingInt(GridPosition::row).thenComparingInt(GridPosition::column))
                .orElseThrow();
    }

    /** The first value cell from {@code from} on in the direction of {@code step}; {@code from} when none. */
    private GridPosition nextValue(GridPosition from, GridPosition step) {
        SheetLayout layout = sheet.layout();
        int r = from.row() + step.row();
        int c = from.column() + step.column();
        while (r >= 0 && r < layout.rowCount() && c >= 0 && c < layout.columnCount()) {
            GridPosition candidate = new GridPosition(r, c);
            if (values.containsKey(candidate)) {
                return candidate;
            }
            r += step.row();
            c += step.column();
        }
        return from;
    }

    private void applyMarks(Map<GridPosition, CellMark> marks) {
        for (Map.Entry<GridPosition, GridCell> entry : values.entrySet()) {
            GridCell cell = entry.getValue();
            CellMark mark = marks.get(entry.getKey());
            List<String> wanted = new ArrayList<>();
            if (mark != null) {
                if (mark.fill() != null) {
                    wanted.add("cell-" + mark.fill().id());
                }
                if (mark.outlined()) {
                    wanted.add("cell-outlined");
                }
                if (mark.selected()) {
                    wanted.add("cell-selected");
                }
                if (mark.status() != null && mark.status() != ReviewStatus.OPEN) {
                    wanted.add("cell-" + mark.status().id());
                }
                if (mark.corrected() != null) {
                    wanted.add("cell-corrected");
                }
            }
            cell.correct(mark == null ? null : mark.corrected(), mark == null ? null : mark.reading());
            cell.getStyleClass().removeIf(c -> MARK_CLASSES.contains(c) && !wanted.contains(c));
            wanted.stream().filter(c -> !cell.getStyleClass().contains(c)).forEach(cell.getStyleClass()::add);
            tooltip(cell, mark == null ? null : mark.tooltip());
        }
    }

    /**
     * Gives the cell a tooltip of that text, or takes its tooltip away ({@code null}); a cell whose
     * text stays keeps its tooltip, as most do when another finding is selected.
     */
    private void tooltip(GridCell cell, String text) {
        Tooltip tooltip = tooltips.get(cell);
        if (text == null) {
            if (tooltip != null) {
                Tooltip.uninstall(cell, tooltip);
                tooltips.remove(cell);
            }
        } else if (tooltip == null) {
            tooltip = new Tooltip(text);
            Tooltip.install(cell, tooltip);
            tooltips.put(cell, tooltip);
        } else {
            tooltip.setText(text);
        }
    }

    /** The tooltip of the cell at a grid position, {@code null} for none (for the tests). */
    Tooltip tooltipOf(GridPosition position) {
        return tooltips.get(values.get(position));
    }

    /**
     * Value columns are narrow, but wide enough for the longest word of their own headers (English
     * headers must not break inside a word); of the label columns, the last (the items) is wide
     * and those before it (the merged groups) narrower.
     */
    private static double columnWidth(SheetLayout layout, int column, double widestWord) {
        if (column >= layout.labelColumns()) {
            return Math.max(VALUE_WIDTH, Math.ceil(widestWord) + CELL_PADDING);
        }
        return column == layout.labelColumns() - 1 ? LABEL_WIDTH : GROUP_LABEL_WIDTH;
    }

    /** The width of the longest word in the headers that stand over this column alone. */
    private static double widestWord(SheetLayout layout, int column) {
        double widest = 0;
        for (SheetCell cell : layout.cells()) {
            if (cell.kind() == SheetCellKind.HEADER && cell.column() == column && cell.columnSpan() == 1) {
                widest = Math.max(widest, Words.widest(cell.text(), Font.getDefault()));
            }
        }
        return widest;
    }
}
