package org.reportauditor.export.pdf;

import java.util.StringJoiner;

import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.ReviewState;
import org.reportauditor.template.CellNames;

/** What a finding's annotation says in its pop-up and the summary table: the words of one finding, in one place. */
final class FindingNote {
    private final Messages messages;

    FindingNote(Messages messages) {
        this.messages = messages;
    }

    String severity(ReviewedFinding f) {
        return messages.get(f.manual() ? "export.pdf.own" : "severity." + f.finding().severity().id());
    }

    String status(ReviewedFinding f) {
        return messages.get("review.status." + f.status().id());
    }

    /** The cell it blames, by its label, or empty. */
    String place(Finding finding) {
        if (finding.blamed().isEmpty()) {
            return "";
        }
        CellAddress cell = finding.blamed().get(0);
        return messages.get("export.cellName", CellNames.cell(cell));
    }

    String message(Finding finding) {
        return messages.format(finding.message());
    }

    /** The pop-up note: rule, message, printed and expected value, place, status, comment, reviewer and time. */
    String text(ReviewedFinding f) {
        Finding finding = f.finding();
        StringJoiner note = new StringJoiner("\n");
        note.add("[" + severity(f) + "] " + finding.rule());
        note.add(message(finding));
        if (finding.actual() != null || finding.expected() != null) {
            note.add(messages.get("export.pdf.note.values", plain(finding.actual()), plain(finding.expected())));
        }
        if (!finding.blamed().isEmpty()) {
            note.add(messages.get("export.pdf.note.cell", place(finding), finding.blamed().get(0).toString()));
        }
        ReviewState state = f.state();
        note.add(messages.get("export.pdf.note.status", status(f)));
        if (state.comment() != null && !state.comment().isBlank()) {
            note.add(messages.get("export.pdf.note.comment", state.comment()));
        }
        if (state.reviewer() != null) {
            note.add(messages.get("export.pdf.note.reviewer", state.reviewer(),
                    state.time() == null ? "" : state.time().toString()));
        }
        return note.toString();
    }

    private String plain(java.math.BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
