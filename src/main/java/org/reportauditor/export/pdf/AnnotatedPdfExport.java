package org.reportauditor.export.pdf;

import java.io.IOException;
import java.nio.file.Path;

import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.i18n.Messages;

/** The annotated PDF of a reviewed report ({@code check --pdf}, 文件 › 导出 › 批注 PDF). */
public final class AnnotatedPdfExport {
    private final Messages messages;

    public AnnotatedPdfExport(Messages messages) {
        this.messages = messages;
    }

    /** Writes it atomically to {@code target}; dismissed findings left out with {@code withoutDismissed}. */
    public void write(ReviewedResult report, Path target, boolean withoutDismissed, ExportProgress progress)
            throws IOException {
        throw new UnsupportedOperationException("not yet: " + messages.locale() + report + target + withoutDismissed
                + progress);
    }
}
