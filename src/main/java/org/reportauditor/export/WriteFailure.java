package org.reportauditor.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.reportauditor.i18n.Messages;

/** Why an export could not be written, in the user's words: the app and {@code check} say it alike. */
public final class WriteFailure {
    private WriteFailure() {
    }

    public static String reason(Exception e, Messages messages) {
        if (e instanceof AccessDeniedException) {
            return messages.get("export.failure.denied");
        }
        if (e instanceof NoSuchFileException) {
            return messages.get("export.failure.noFolder");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
