package org.reportauditor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends every log line, ours and the libraries', to a file in the app's data folder instead of the
 * console: the console carries only the tool's own messages. The file is rotated when it passes a
 * few megabytes, so it never grows without end. Must run before the first logger is made.
 */
final class LogFile {
    static final String PROPERTY = "org.slf4j.simpleLogger.logFile";
    private static final long ROTATE_AT_BYTES = 4L * 1024 * 1024;

    private LogFile() {
    }

    /** Logs to {@code folder/report-auditor.log}; where that cannot be, nowhere rather than the console. */
    static void install(Path folder) {
        if (System.getProperty(PROPERTY) == null) {
            useFileIn(folder);
        }
        // java.util.logging (JavaFX's) writes to the console unless sent where the rest goes
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private static void useFileIn(Path folder) {
        Path log = folder.resolve("report-auditor.log");
        try {
            Files.createDirectories(folder);
            if (Files.exists(log) && Files.size(log) > ROTATE_AT_BYTES) {
                Files.move(log, folder.resolve("report-auditor.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty(PROPERTY, log.toString());
        } catch (IOException | SecurityException e) {
            // no writable data folder: the user still gets every message of the tool itself
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        }
    }
}
