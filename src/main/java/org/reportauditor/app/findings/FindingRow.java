package org.reportauditor.app.findings;

import org.reportauditor.model.Severity;

/**
 * One line of the findings list, as shown: its severity, rule id, message and review status in the
 * chosen language. {@code number} tells findings apart (two may read alike).
 */
public record FindingRow(int number, Severity severity, String rule, String message, String status) {
}
