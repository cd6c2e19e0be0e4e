package org.reportauditor.app;

import java.nio.file.Path;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.reportauditor.app.export.ExportKind;
import org.reportauditor.app.i18n.UiStrings;
import org.reportauditor.app.tables.CellActions;
import org.reportauditor.model.ReviewStatus;

/** The window's menus; every command has a mnemonic, the frequent ones an accelerator. */
final class AppMenus {
    private final MainViewModel model;
    private final UiStrings strings;

    AppMenus(MainViewModel model, UiStrings strings) {
        this.model = model;
        this.strings = strings;
    }

    /** What the review menu asks the window to do: its dialogs, a cell's context menu's among them. */
    interface ReviewDialogs extends CellActions {
        void comment();

        /** Asks for the name decisions are signed with. */
        void reviewer();

        /** Asks where the export goes and starts it. */
        void export(ExportKind kind);
    }

    MenuBar build(Runnable chooseFile, Runnable chooseFolder, Runnable quit, Runnable about, ReviewDialogs dialogs) {
        MenuBar bar = new MenuBar(fileMenu(chooseFile, chooseFolder, quit, dialogs), viewMenu(), findingsMenu(), reviewMenu(dialogs),
                helpMenu(about));
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu(Runnable chooseFile, Runnable chooseFolder, Runnable quit, ReviewDialogs dialogs) {
        MenuItem open = item("menu.file.open", "openMenuItem");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseFile.run());
        MenuItem openFolder = item("menu.file.openFolder", "openFolderMenuItem");
        openFolder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        openFolder.setOnAction(e -> chooseFolder.run());
        MenuItem closeFolder = item("menu.file.closeFolder", "closeFolderMenuItem");
        closeFolder.setOnAction(e -> model.closeFolder());
        closeFolder.disableProperty().bind(model.batch().openProperty().not());
        MenuItem sample = item("menu.file.sample", "sampleMenuItem");
        sample.setOnAction(e -> model.openSample());
        Menu recent = menu("menu.file.recent", "recentMenu");
        model.recentFiles().addListener((ListChangeListener<Path>) change -> listRecent(recent));
        listRecent(recent);
        MenuItem close = item("menu.file.close", "closeMenuItem");
        close.setAccelerator(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        close.setOnAction(e -> model.close());
        close.disableProperty().bind(model.hasReportProperty().not());
        MenuItem exit = item("menu.file.quit", "quitMenuItem");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> quit.run());
        Menu file = menu("menu.file", "fileMenu");
        file.getItems().addAll(open, openFolder, recent, sample, new SeparatorMenuItem(), exportMenu(dialogs),
                new SeparatorMenuItem(), close, closeFolder, new SeparatorMenuItem(), exit);
        return file;
    }

    /** 文件 › 导出: both exports, one at a time, while a report is open. */
    private Menu exportMenu(ReviewDialogs dialogs) {
        MenuItem pdf = item("menu.file.export.pdf", "exportPdfMenuItem");
        pdf.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        pdf.setOnAction(e -> dialogs.export(ExportKind.ANNOTATED_PDF));
        MenuItem workbook = item("menu.file.export.xlsx", "exportWorkbookMenuItem");
        workbook.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        workbook.setOnAction(e -> dialogs.export(ExportKind.FINDING_WORKBOOK));
        for (MenuItem export : new MenuItem[] {pdf, workbook}) {
            export.disableProperty().bind(model.hasReportProperty().not().or(model.exports().runningProperty()));
        }
        CheckMenuItem withoutDismissed = new CheckMenuItem();
        withoutDismissed.textProperty().bind(strings.bind("menu.file.export.withoutDismissed"));
        withoutDismissed.setId("withoutDismissedMenuItem");
        withoutDismissed.selectedProperty().bindBidirectional(model.exports().withoutDismissedProperty());
        Menu export = menu("menu.file.export", "exportMenu");
        export.getItems().addAll(pdf, workbook, new SeparatorMenuItem(), withoutDismissed);
        return export;
    }

    private void listRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : model.recentFiles()) {
            // the file name is data, not a mnemonic
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(path));
            recent.getItems().add(item);
        }
        MenuItem clear = item("menu.file.recent.clear", "clearRecentMenuItem");
        clear.setOnAction(e -> model.clearRecentFiles());
        clear.setDisable(model.recentFiles().isEmpty());
        if (!recent.getItems().isEmpty()) {
            recent.getItems().add(new SeparatorMenuItem());
        }
        recent.getItems().add(clear);
    }

    private Menu viewMenu() {
        MenuItem zoomIn = item("menu.view.zoomIn", "zoomInMenuItem");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> model.source().zoomIn());
        MenuItem zoomOut = item("menu.view.zoomOut", "zoomOutMenuItem");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> model.source().zoomOut());
        MenuItem fit = item("menu.view.fitWidth", "fitWidthMenuItem");
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> model.source().fitWidth());
        for (MenuItem zoom : new MenuItem[] {zoomIn, zoomOut, fit}) {
            zoom.disableProperty().bind(model.hasReportProperty().not());
        }

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem chinese = new RadioMenuItem("中文");
        chinese.setId("chineseMenuItem");
        chinese.setMnemonicParsing(false);
        RadioMenuItem english = new RadioMenuItem("English");
        english.setId("englishMenuItem");
        english.setMnemonicParsing(false);
        chinese.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (strings.isEnglish() ? english : chinese).setSelected(true);
        chinese.setOnAction(e -> strings.setLanguage("zh"));
        english.setOnAction(e -> strings.setLanguage("en"));
        strings.messagesProperty().addListener((obs, old, now) -> (now.isEnglish() ? english : chinese)
                .setSelected(true));
        Menu language = menu("menu.view.language", "languageMenu");
        language.getItems().addAll(chinese, english);

        Menu view = menu("menu.view", "viewMenu");
        view.getItems().addAll(zoomIn, zoomOut, fit, new SeparatorMenuItem(), language);
        return view;
    }

    private Menu findingsMenu() {
        MenuItem next = item("menu.findings.next", "nextFindingMenuItem");
        next.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        next.setOnAction(e -> model.findings().selectNext());
        MenuItem previous = item("menu.findings.previous", "previousFindingMenuItem");
        previous.setAccelerator(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        previous.setOnAction(e -> model.findings().selectPrevious());
        for (MenuItem step : new MenuItem[] {next, previous}) {
            step.disableProperty().bind(model.hasReportProperty().not());
        }
        Menu findings = menu("menu.findings", "findingsMenu");
        findings.getItems().addAll(next, previous);
        return findings;
    }

    /** Keyboard first: a shortcut for each status, the comment, undo and redo. */
    private Menu reviewMenu(ReviewDialogs dialogs) {
        MenuItem confirm = item("menu.review.confirm", "confirmMenuItem");
        confirm.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        confirm.setOnAction(e -> model.findings().decideSelected(ReviewStatus.CONFIRMED));
        MenuItem dismiss = item("menu.review.dismiss", "dismissMenuItem");
        dismiss.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        dismiss.setOnAction(e -> model.findings().decideSelected(ReviewStatus.DISMISSED));
        MenuItem reopen = item("menu.review.reopen", "reopenMenuItem");
        reopen.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        reopen.setOnAction(e -> model.findings().decideSelected(ReviewStatus.OPEN));
        MenuItem note = item("menu.review.comment", "commentMenuItem");
        note.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        note.setOnAction(e -> dialogs.comment());
        MenuItem correct = item("menu.review.correct", "correctMenuItem");
        correct.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        correct.setOnAction(e -> dialogs.correctCell());
        MenuItem add = item("menu.review.add", "addFindingMenuItem");
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        add.setOnAction(e -> dialogs.addFinding());
        for (MenuItem decide : new MenuItem[] {confirm, dismiss, reopen, note, correct, add}) {
            decide.disableProperty().bind(model.hasReportProperty().not());
        }
        MenuItem undo = item("menu.review.undo", "undoMenuItem");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> model.review().undo());
        undo.disableProperty().bind(model.review().canUndoProperty().not());
        MenuItem redo = item("menu.review.redo", "redoMenuItem");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        redo.setOnAction(e -> model.review().redo());
        redo.disableProperty().bind(model.review().canRedoProperty().not());
        MenuItem reviewer = item("menu.review.reviewer", "reviewerMenuItem");
        reviewer.setOnAction(e -> dialogs.reviewer());
        Menu review = menu("menu.review", "reviewMenu");
        review.getItems().addAll(confirm, dismiss, reopen, new SeparatorMenuItem(), note, new SeparatorMenuItem(),
                correct, add, new SeparatorMenuItem(), undo, redo, new SeparatorMenuItem(), reviewer);
        return review;
    }

    private Menu helpMenu(Runnable about) {
        MenuItem aboutItem = item("menu.help.about", "aboutMenuItem");
        aboutItem.setOnAction(e -> about.run());
        Menu help = menu("menu.help", "helpMenu");
        help.getItems().add(aboutItem);
        return help;
    }

    private MenuItem item(String key, String id) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(strings.bind(key));
        item.setId(id);
        return item;
    }

    private Menu menu(String key, String id) {
        Menu menu = new Menu();
        menu.textProperty().bind(strings.bind(key));
        menu.setId(id);
        return menu;
    }
}
