package org.reportauditor.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.reportauditor.app.i18n.UiStrings;

/** Asks where an export goes: the system's save dialog, or in tests a folder of their own. */
@FunctionalInterface
public interface ExportTargets {

    Optional<Path> choose(Window owner, ExportKind kind, Path suggested);

    /** The save dialog, starting beside the report with the suggested name. */
    static ExportTargets saveDialog(UiStrings strings) {
        return (owner, kind, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(strings.get(kind.key()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(strings.get(kind.key()),
                    "*." + kind.extension()));
            if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(suggested.getParent().toFile());
            }
            chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
