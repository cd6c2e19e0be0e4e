package org.reportauditor.export.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.i18n.Messages;

/** The Excel finding list of one or more reviewed reports ({@code check --xlsx}, 文件 › 导出 › Excel 问题清单). */
public final class FindingWorkbookExport {
    private final Messages messages;

    public FindingWorkbookExport(Messages messages) {
        this.messages = messages;
    }

    /** Writes it atomically to {@code target}. */
    public void write(List<ReviewedResult> reports, Path target, ExportProgress progress) throws IOException {
        throw new UnsupportedOperationException("not yet: " + messages.locale() + reports + target + progress);
    }
}
