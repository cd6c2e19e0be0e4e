package org.reportauditor.app.findings;

import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;

/**
 * One line of the findings list, as shown: its severity, rule id, message, review status (and its
 * name) and the auditor's comment, in the chosen language. {@code number} tells findings apart (two
 * may read alike).
 */
public record FindingRow(int number, Severity severity, String rule, String message, ReviewStatus status,
                         String statusName, String comment) {
}
