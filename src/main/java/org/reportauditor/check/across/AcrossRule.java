package org.reportauditor.check.across;

import java.util.List;

import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;

/** A check across two reports of one agency: last year's and this year's. Findings are this year's. */
@FunctionalInterface
public interface AcrossRule {
    List<Finding> check(Report lastYear, Report thisYear);
}
