package org.reportauditor.app.batch;

import java.nio.file.Path;

import org.reportauditor.audit.ReviewProgress;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;

/**
 * One report of a batch as its table lists it: the file and what it is, its findings as reviewed,
 * how far its review has got, what could not be read, and the first file with the same bytes.
 *
 * @param problems what stopped the file being read in full, one line; empty when nothing did
 * @param sameAs   the name of the earlier file with the same bytes, empty when it is the first
 */
public record BatchRow(ReviewedResult reviewed, String fileName, String agency, Integer year, String version,
                       long errors, long warnings, ReviewProgress review, String problems, String sameAs) {

    public Path file() {
        return reviewed.file();
    }

    /** The same agency's report of the year before, which the checks across years compared it with. */
    public Report lastYear() {
        return reviewed.read().lastYear();
    }

    static BatchRow of(ReviewedResult reviewed, String problems, String sameAs) {
        Report report = reviewed.read().report();
        return new BatchRow(reviewed, String.valueOf(reviewed.file().getFileName()), report.agency(), report.year(),
                report.version() == null ? null : report.version().id(), reviewed.count(Severity.ERROR),
                reviewed.count(Severity.WARNING), reviewed.progress(), problems, sameAs);
    }
}
