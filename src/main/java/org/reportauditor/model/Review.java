package org.reportauditor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the auditor did to one report, as its audit file holds it ({@code spec/review.md}):
 * decisions on findings, corrections of misread cells, findings of their own. Immutable: each
 * change makes a new review.
 *
 * @param reportFile the report's file name, as the audit file records it
 * @param sha256     the report file's SHA-256 when it was reviewed
 * @param version    the audit file format's version
 */
public record Review(String reportFile, String sha256, int version, List<Decision> decisions,
                     List<Correction> corrections, List<AddedFinding> added, UnknownFields unknown) {
    /** The version of the audit file this tool writes. */
    public static final int VERSION = 1;

    public Review {
        decisions = List.copyOf(decisions);
        corrections = List.copyOf(corrections);
        added = List.copyOf(added);
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public static Review empty(String reportFile, String sha256) {
        return new Review(reportFile, sha256, VERSION, List.of(), List.of(), List.of(), UnknownFields.NONE);
    }

    public boolean isEmpty() {
        return decisions.isEmpty() && corrections.isEmpty() && added.isEmpty();
    }

    public Optional<Decision> decision(String findingId) {
        return decisions.stream().filter(d -> d.finding().equals(findingId)).findFirst();
    }

    public Optional<Correction> correction(CellAddress cell) {
        return corrections.stream().filter(c -> c.cell().equals(cell)).findFirst();
    }

    /** The finding's status set to {@code state}, its earlier state kept in the history. */
    public Review decide(String findingId, ReviewState state) {
        List<Decision> all = new ArrayList<>(decisions);
        int at = indexOfDecision(findingId);
        if (at < 0) {
            all.add(new Decision(findingId, state, List.of(), UnknownFields.NONE));
        } else {
            all.set(at, all.get(at).then(state));
        }
        return new Review(reportFile, sha256, version, all, corrections, added, unknown);
    }

    /** The cell's correction set (replacing an earlier one of the same cell). */
    public Review correct(Correction correction) {
        List<Correction> all = new ArrayList<>(corrections);
        all.removeIf(c -> c.cell().equals(correction.cell()));
        all.add(correction);
        return new Review(reportFile, sha256, version, decisions, all, added, unknown);
    }

    /** The cell read as printed again. */
    public Review withoutCorrection(CellAddress cell) {
        List<Correction> all = new ArrayList<>(corrections);
        all.removeIf(c -> c.cell().equals(cell));
        return new Review(reportFile, sha256, version, decisions, all, added, unknown);
    }

    public Review add(AddedFinding finding) {
        List<AddedFinding> all = new ArrayList<>(added);
        all.removeIf(a -> a.id().equals(finding.id()));
        all.add(finding);
        return new Review(reportFile, sha256, version, decisions, corrections, all, unknown);
    }

    public Review withoutAdded(String id) {
        List<AddedFinding> all = new ArrayList<>(added);
        all.removeIf(a -> a.id().equals(id));
        return new Review(reportFile, sha256, version, decisions, corrections, all, unknown);
    }

    /** An id for the next finding of the auditor's own: {@code manual-N}, one past the highest. */
    public String nextAddedId() {
        int highest = 0;
        for (AddedFinding a : added) {
            if (a.id().startsWith("manual-")) {
                try {
                    highest = Math.max(highest, Integer.parseInt(a.id().substring("manual-".length())));
                } catch (NumberFormatException e) {
                    // an id of another form takes no number
                }
            }
        }
        return "manual-" + (highest + 1);
    }

    /** The same review recorded against the report as it now is. */
    public Review forReport(String file, String sha) {
        return new Review(file, sha, version, decisions, corrections, added, unknown);
    }

    private int indexOfDecision(String findingId) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).finding().equals(findingId)) {
                return i;
            }
        }
        return -1;
    }
}
