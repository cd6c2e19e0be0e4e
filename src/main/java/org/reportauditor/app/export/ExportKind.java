package org.reportauditor.app.export;

/** What the 文件 › 导出 menu makes: the annotated PDF or the Excel finding list. */
public enum ExportKind {
    ANNOTATED_PDF("pdf"),
    FINDING_WORKBOOK("xlsx");

    private final String extension;

    ExportKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Its key in the bundles: {@code export.kind.pdf}, {@code export.kind.xlsx}. */
    public String key() {
        return "export.kind." + extension;
    }
}
