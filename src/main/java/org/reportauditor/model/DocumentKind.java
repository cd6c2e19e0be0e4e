package org.reportauditor.model;

/** The kinds of file a report can come in. */
public enum DocumentKind {
    PDF, DOCX, DOC, HTML, TEXT
}
