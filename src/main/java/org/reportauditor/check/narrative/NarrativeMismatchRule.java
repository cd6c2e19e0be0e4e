package org.reportauditor.check.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.Report;
import org.reportauditor.model.Section;
import org.reportauditor.model.Severity;
import org.reportauditor.model.Text;

/**
 * {@code narrative-mismatch}: the prose states a figure the tables contradict ("共收到 4 份…依申请公开"
 * against 5 in the table), or a total whose stated parts add up to more than it.
 */
public final class NarrativeMismatchRule implements Rule {
    public static final String ID = "narrative-mismatch";

    @Override
    public List<Finding> check(Report report) {
        List<Paragraph> prose = new ArrayList<>(report.preamble());
        for (Section s : report.sections()) {
            prose.addAll(s.paragraphs());
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> told = new HashSet<>();
        for (Paragraph p : prose) {
            List<StatedFigure> figures = FigureReader.read(p.text());
            if (figures.isEmpty()) {
                continue;
            }
            for (Claim claim : ClaimReader.read(p.text(), figures, report.agency(), report.year())) {
                Optional<BigDecimal> table = sum(report, claim.cells());
                StatedFigure f = claim.figure();
                if (table.isPresent() && table.get().compareTo(f.value()) != 0
                        && told.add(claim.quantity().key() + "=" + f.value())) {
                    String quote = p.text().substring(f.clauseStart(), f.clauseEnd()).strip();
                    findings.add(Finding.onText(ID, Severity.WARNING, claim.cells(), quote,
                            Text.of("finding.narrative-mismatch", quote, claim.quantity(), f.value(), table.get()),
                            p.locate(f.clauseStart(), f.clauseEnd())));
                }
            }
            findings.addAll(partsBeyondTotal(p, figures));
        }
        return findings;
    }

    /** "共 N 条，其中 a 条，b 条…" where a + b + … exceeds N. */
    private static List<Finding> partsBeyondTotal(Paragraph p, List<StatedFigure> figures) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            StatedFigure total = figures.get(i);
            if (total.approximate() || i + 1 >= figures.size() || !introducesParts(total, figures.get(i + 1))) {
                continue;
            }
            BigDecimal parts = BigDecimal.ZERO;
            int count = 0;
            int last = i;
            for (int j = i + 1; j < figures.size(); j++) {
                StatedFigure part = figures.get(j);
                if (part.sentence() != total.sentence() || !part.unit().equals(total.unit())) {
                    break;
                }
                if (part.approximate()) {
                    count = 0;
                    break;
                }
                parts = parts.add(part.value());
                count++;
                last = j;
            }
            if (count >= 2 && parts.compareTo(total.value()) > 0) {
                int start = total.clauseStart();
                int end = figures.get(last).clauseEnd();
                String quote = p.text().substring(start, end).strip();
                findings.add(Finding.onText(ID, Severity.WARNING, List.of(), quote,
                        Text.of("finding.narrative-mismatch.parts", quote, total.value(), parts), p.locate(start, end)));
            }
        }
        return findings;
    }

    private static boolean introducesParts(StatedFigure total, StatedFigure next) {
        return next.sentence() == total.sentence() && (total.after().contains("其中") || next.before().contains("其中"));
    }

    private static Optional<BigDecimal> sum(Report report, List<CellAddress> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellAddress address : cells) {
            Optional<Cell> cell = report.cell(address);
            if (cell.isEmpty() || !cell.get().hasValue()) {
                return Optional.empty();
            }
            sum = sum.add(cell.get().value());
        }
        return Optional.of(sum);
    }
}
