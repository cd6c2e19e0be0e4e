package org.reportauditor.model;

public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case id used in JSON and exports. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
