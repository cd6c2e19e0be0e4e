package org.reportauditor.check;

import java.util.List;

import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;

/** A check of a report. Each rule is a small class listed in {@link RuleRegistry}. */
public interface Rule {

    List<Finding> check(Report report);
}
