package org.reportauditor.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link Settings} in a properties file in a folder of its own. Settings are a comfort,
 * not data: a missing, unreadable or half-written file gives the defaults, and a failed save is
 * logged, never shown.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final String FILE_NAME = "settings.properties";
    private static final String RECENT = "recent.";
    private static final String WINDOW = "window.";

    private final Path folder;

    public SettingsStore(Path folder) {
        this.folder = folder;
    }

    /** The store in the current user's application data folder. */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(AppDataFolder.forCurrentUser());
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    public Settings load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("settings in {} could not be read; using the defaults", file, e);
            return Settings.DEFAULTS;
        }
        return new Settings(recentFiles(properties), window(properties),
                properties.getProperty("language", Settings.DEFAULTS.language()), properties.getProperty("reviewer"));
    }

    public void save(Settings settings) {
        Properties properties = new Properties();
        List<Path> recent = settings.recentFiles();
        for (int i = 0; i < recent.size(); i++) {
            properties.setProperty(RECENT + i, recent.get(i).toString());
        }
        settings.windowLayout().ifPresent(w -> {
            properties.setProperty(WINDOW + "x", Double.toString(w.x()));
            properties.setProperty(WINDOW + "y", Double.toString(w.y()));
            properties.setProperty(WINDOW + "width", Double.toString(w.width()));
            properties.setProperty(WINDOW + "height", Double.toString(w.height()));
            properties.setProperty(WINDOW + "maximized", Boolean.toString(w.maximized()));
            properties.setProperty(WINDOW + "sourceDivider", Double.toString(w.sourceDivider()));
            properties.setProperty(WINDOW + "findingsDivider", Double.toString(w.findingsDivider()));
        });
        properties.setProperty("language", settings.language());
        if (settings.reviewer() != null) {
            properties.setProperty("reviewer", settings.reviewer());
        }
        try {
            Files.createDirectories(folder);
            // written beside and moved over, so that a crash never leaves half a file
            Path partial = Files.createTempFile(folder, FILE_NAME, ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(out, "Report Auditor settings");
            }
            move(partial, file());
        } catch (IOException e) {
            LOG.warn("settings could not be saved to {}", file(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<Path> recentFiles(Properties properties) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT_FILES; i++) {
            String value = properties.getProperty(RECENT + i);
            if (value == null) {
                continue;
            }
            try {
                files.add(Path.of(value));
            } catch (InvalidPathException e) {
                LOG.debug("recent file {} is not a path here", value);
            }
        }
        return files;
    }

    private static WindowLayout window(Properties properties) {
        try {
            double x = number(properties, "x");
            double y = number(properties, "y");
            double width = number(properties, "width");
            double height = number(properties, "height");
            if (width <= 0 || height <= 0) {
                return null;
            }
            return new WindowLayout(x, y, width, height,
                    Boolean.parseBoolean(properties.getProperty(WINDOW + "maximized")),
                    fraction(properties, "sourceDivider"), fraction(properties, "findingsDivider"));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static double number(Properties properties, String key) {
        double value = Double.parseDouble(properties.getProperty(WINDOW + key));
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(key);
        }
        return value;
    }

    private static double fraction(Properties properties, String key) {
        double value = number(properties, key);
        return Math.max(0.05, Math.min(0.95, value));
    }
}
