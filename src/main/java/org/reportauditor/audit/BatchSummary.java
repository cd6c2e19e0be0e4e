package org.reportauditor.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.reportauditor.check.across.AgencyNames;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReviewStatus;

/**
 * What a batch of reports adds up to, as its summary shows it: the findings of each rule, the
 * reports with an error standing in each year, and the agencies that lack a report for a year the
 * batch covers (between its first and last year). Agencies are grouped as the checks across years
 * pair them ({@link AgencyNames}); a report whose agency or year was not read counts in no group, a
 * file's copies (the same SHA-256) count once.
 *
 * @param findingsByRule        rule id → findings as reviewed (dismissed ones left out), by rule id
 * @param reportsWithErrorsByYear year → reports with at least one error not dismissed
 * @param reportsByYear         year → reports
 * @param missingYears          an agency's name (as its first report prints it) → the years it lacks, in
 *                              the order the agencies first appear
 */
public record BatchSummary(SortedMap<String, Long> findingsByRule, SortedMap<Integer, Long> reportsWithErrorsByYear,
                           SortedMap<Integer, Long> reportsByYear, Map<String, List<Integer>> missingYears) {

    public static BatchSummary of(List<ReviewedResult> reports) {
        SortedMap<String, Long> byRule = new TreeMap<>();
        SortedMap<Integer, Long> withErrors = new TreeMap<>();
        SortedMap<Integer, Long> byYear = new TreeMap<>();
        List<Agency> agencies = new ArrayList<>();
        Set<String> digests = new HashSet<>();
        for (ReviewedResult reviewed : reports) {
            String sha = reviewed.read().report().sha256();
            // a file's copies are one report
            if (sha != null && !digests.add(sha)) {
                continue;
            }
            reviewed.findings().stream().filter(f -> f.status() != ReviewStatus.DISMISSED)
                    .forEach(f -> byRule.merge(f.finding().rule(), 1L, Long::sum));
            Report report = reviewed.read().report();
            Integer year = report.year();
            if (year == null) {
                continue;
            }
            byYear.merge(year, 1L, Long::sum);
            if (reviewed.hasStandingErrors()) {
                withErrors.merge(year, 1L, Long::sum);
            }
            String key = AgencyNames.key(report.agency());
            if (key != null) {
                agencyOf(agencies, key, report.agency()).years.add(year);
            }
        }
        Map<String, List<Integer>> missing = new LinkedHashMap<>();
        if (!byYear.isEmpty()) {
            for (Agency agency : agencies) {
                List<Integer> lacks = new ArrayList<>();
                for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
                    if (!agency.years.contains(year)) {
                        lacks.add(year);
                    }
                }
                if (!lacks.isEmpty()) {
                    missing.merge(agency.name, lacks, (a, b) -> a);
                }
            }
        }
        return new BatchSummary(byRule, withErrors, byYear, missing);
    }

    /** The group of that name's body: the one it pairs with, if exactly one does; else a new one. */
    private static Agency agencyOf(List<Agency> agencies, String key, String name) {
        List<Agency> same = agencies.stream().filter(a -> AgencyNames.sameBody(a.key, key)).toList();
        if (same.size() == 1) {
            return same.get(0);
        }
        Agency agency = new Agency(key, name);
        agencies.add(agency);
        return agency;
    }

    private static final class Agency {
        final String key;
        final String name;
        final SortedSet<Integer> years = new TreeSet<>();

        Agency(String key, String name) {
            this.key = key;
            this.name = name;
        }
    }
}
