package org.reportauditor.export;

/** Told how far an export has come, so that the app can show it; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void reached(int done, int total);
}
