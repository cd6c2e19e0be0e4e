package org.reportauditor.app.session;

import java.nio.file.Path;
import java.util.Optional;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.render.PageSource;

/**
 * A report open in the window: the file, the name it is shown under, what the audit found, and its
 * drawable pages when it is a PDF ({@code null} otherwise). Closing it releases the pages.
 *
 * @param remembered whether it goes into the recent files (the bundled sample does not)
 */
public record OpenedReport(Path file, String displayName, AuditResult result, PageSource pages, boolean remembered)
        implements AutoCloseable {

    public Optional<PageSource> pageSource() {
        return Optional.ofNullable(pages);
    }

    @Override
    public void close() {
        if (pages != null) {
            pages.close();
        }
    }
}
