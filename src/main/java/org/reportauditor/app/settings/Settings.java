package org.reportauditor.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the app remembers between runs: the files opened last (newest first), the window layout
 * ({@code null} before the first run), the interface language ({@code zh} or {@code en}) and the
 * name the auditor signs decisions with ({@code null} until set: the OS user's name is used).
 */
public record Settings(List<Path> recentFiles, WindowLayout window, String language, String reviewer) {
    public static final int MAX_RECENT_FILES = 8;
    public static final Settings DEFAULTS = new Settings(List.of(), null, "zh", null);

    public Settings {
        recentFiles = List.copyOf(recentFiles.subList(0, Math.min(recentFiles.size(), MAX_RECENT_FILES)));
    }

    public Optional<WindowLayout> windowLayout() {
        return Optional.ofNullable(window);
    }

    /** These settings with {@code file} at the top of the recent files (moved there if listed). */
    public Settings withRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles.size() + 1);
        files.add(file);
        recentFiles.stream().filter(f -> !f.equals(file)).forEach(files::add);
        return new Settings(files, window, language, reviewer);
    }

    public Settings withoutRecentFile(Path file) {
        return new Settings(recentFiles.stream().filter(f -> !f.equals(file)).toList(), window, language, reviewer);
    }

    public Settings withWindow(WindowLayout layout) {
        return new Settings(recentFiles, layout, language, reviewer);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(recentFiles, window, newLanguage, reviewer);
    }

    /** These settings signing with {@code name}; blank goes back to the OS user's name. */
    public Settings withReviewer(String name) {
        return new Settings(recentFiles, window, language, name == null || name.isBlank() ? null : name.strip());
    }

    /** The name decisions are signed with: the one set, else {@code osUser}. */
    public String reviewerOr(String osUser) {
        return reviewer != null ? reviewer : osUser;
    }
}
