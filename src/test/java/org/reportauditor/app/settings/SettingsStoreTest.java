package org.reportauditor.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void aFirstRunHasTheDefaults() {
        Settings settings = new SettingsStore(folder.resolve("never-written")).load();
        assertThat(settings).isEqualTo(Settings.DEFAULTS);
        assertThat(settings.windowLayout()).isEmpty();
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        SettingsStore store = new SettingsStore(folder.resolve("app"));
        Settings saved = Settings.DEFAULTS.withRecentFile(Path.of("/reports/甲.pdf")).withRecentFile(Path.of("/b.docx"))
                .withWindow(new WindowLayout(10, 20, 1200, 800, true, 0.4, 0.6)).withLanguage("en")
                .withReviewer(" 王敏 ");
        store.save(saved);
        assertThat(saved.reviewerOr("wangmin")).isEqualTo("王敏");
        assertThat(saved.withReviewer("  ").reviewerOr("wangmin")).isEqualTo("wangmin");

        assertThat(store.load()).isEqualTo(saved);
        assertThat(store.load().recentFiles()).containsExactly(Path.of("/b.docx"), Path.of("/reports/甲.pdf"));
    }

    @Test
    void recentFilesMoveToTheTopAndAreFew() {
        Settings settings = Settings.DEFAULTS;
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentFile(Path.of("/r" + i + ".pdf"));
        }
        settings = settings.withRecentFile(Path.of("/r8.pdf"));

        assertThat(settings.recentFiles()).hasSize(Settings.MAX_RECENT_FILES).startsWith(Path.of("/r8.pdf"),
                Path.of("/r11.pdf"), Path.of("/r10.pdf"), Path.of("/r9.pdf"), Path.of("/r7.pdf"));
        assertThat(settings.withoutRecentFile(Path.of("/r8.pdf")).recentFiles()).doesNotContain(Path.of("/r8.pdf"));
    }

    @Test
    void aDamagedFileGivesTheDefaultsOrWhatCanBeRead() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(store.file(), "recent.0=/a.pdf\nwindow.x=left\nwindow.width=900\nlanguage=en\n");

        Settings settings = store.load();
        assertThat(settings.recentFiles()).containsExactly(Path.of("/a.pdf"));
        assertThat(settings.windowLayout()).as("a window without a position").isEmpty();
        assertThat(settings.language()).isEqualTo("en");
    }

    @Test
    void savingLeavesNoPartialFilesBehind() throws IOException {
        SettingsStore store = new SettingsStore(folder);
        IntStream.range(0, 3).forEach(i -> store.save(Settings.DEFAULTS.withRecentFile(Path.of("/x" + i))));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(store.file());
        }
    }

    @Test
    void eachPlatformHasItsFolder() {
        assertThat(AppDataFolder.resolve("Windows 11", "C:\\Users\\a\\AppData\\Roaming", null, "C:\\Users\\a"))
                .isEqualTo(Path.of("C:\\Users\\a\\AppData\\Roaming", "ReportAuditor"));
        assertThat(AppDataFolder.resolve("Mac OS X", null, null, "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/ReportAuditor"));
        assertThat(AppDataFolder.resolve("Linux", null, "/home/a/.cfg", "/home/a"))
                .isEqualTo(Path.of("/home/a/.cfg/report-auditor"));
        assertThat(AppDataFolder.resolve("Linux", null, "", "/home/a")).isEqualTo(Path.of("/home/a/.config/report-auditor"));
    }
}
