package org.reportauditor.app.settings;

import java.nio.file.Path;
import java.util.Locale;

/** Where each platform keeps an application's per-user data. */
public final class AppDataFolder {
    private AppDataFolder() {
    }

    public static Path forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv("APPDATA"), System.getenv("XDG_CONFIG_HOME"),
                System.getProperty("user.home"));
    }

    /** The folder for an operating system and its environment; separated out to be testable. */
    static Path resolve(String osName, String appData, String xdgConfigHome, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && isSet(appData)) {
            return Path.of(appData, "ReportAuditor");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "ReportAuditor");
        }
        if (isSet(xdgConfigHome)) {
            return Path.of(xdgConfigHome, "report-auditor");
        }
        return Path.of(userHome, ".config", "report-auditor");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
