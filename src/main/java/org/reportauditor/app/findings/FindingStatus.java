package org.reportauditor.app.findings;

/**
 * Where the review of a finding stands. Every finding is open for now; confirming and dismissing
 * findings come later and add their states here.
 */
public enum FindingStatus {
    OPEN("finding.status.open");

    private final String key;

    FindingStatus(String key) {
        this.key = key;
    }

    /** The key of its name in the interface strings. */
    public String key() {
        return key;
    }
}
