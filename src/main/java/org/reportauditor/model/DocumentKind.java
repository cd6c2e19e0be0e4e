package org.reportauditor.model;

/** The kinds of file a report can come in. */
public enum DocumentKind {
    PDF("PDF"), DOCX("Word"), DOC("Word"), HTML("HTML"), TEXT("TXT");

    private final String formatName;

    DocumentKind(String formatName) {
        this.formatName = formatName;
    }

    /** The format as people name it, for messages. */
    public String formatName() {
        return formatName;
    }
}
