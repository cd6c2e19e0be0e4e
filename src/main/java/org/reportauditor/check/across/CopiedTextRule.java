package org.reportauditor.check.across;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.reportauditor.grammar.Numbering;
import org.reportauditor.model.Finding;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.Report;
import org.reportauditor.model.Section;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.Text;
import org.reportauditor.template.Template;

/**
 * {@code copied-text}: sections 一 (总体情况) and 五 (存在的主要问题及改进情况) largely the same
 * sentences as the agency's report of the year before. A sentence counts as repeated when it reads
 * the same but for spacing, the width of its characters and the report's own year (a copy with the
 * year changed is still a copy); one with a new figure in it is not. Each repeated sentence is a
 * place of the finding, so the app and the exports mark every copied passage.
 */
public final class CopiedTextRule implements AcrossRule {
    public static final String ID = "copied-text";
    /** The sections whose prose should be new each year. */
    static final List<Integer> SECTIONS = List.of(1, 5);
    /** Shorter sentences ("现将有关情况报告如下") say nothing of their own. */
    static final int SHORTEST_SENTENCE = 12;
    /** A numbered sentence no longer than this is a sub-heading, which every report shares. */
    static final int LONGEST_HEADING = 20;
    /** A section is reported when at least this share of its sentences was in last year's. */
    static final double SHARE = 0.6;
    static final int FEWEST_REPEATED = 2;
    /** What the report's own year reads as in a compared sentence. */
    private static final String YEAR = "〈年〉";

    @Override
    public List<Finding> check(Report lastYear, Report thisYear) {
        List<Finding> findings = new ArrayList<>();
        for (int number : SECTIONS) {
            Optional<Section> now = thisYear.section(number);
            Optional<Section> before = lastYear.section(number);
            if (now.isPresent() && before.isPresent()) {
                copied(now.get(), thisYear, before.get(), lastYear).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> copied(Section now, Report thisYear, Section before, Report lastYear) {
        Set<String> lastYears = new HashSet<>();
        for (Sentence s : sentences(before, lastYear.year())) {
            lastYears.add(s.normalised());
        }
        List<Sentence> sentences = sentences(now, thisYear.year());
        List<Sentence> repeated = sentences.stream().filter(s -> lastYears.contains(s.normalised())).toList();
        if (repeated.size() < FEWEST_REPEATED || repeated.size() < SHARE * sentences.size()) {
            return Optional.empty();
        }
        int percent = (int) Math.round(100.0 * repeated.size() / sentences.size());
        Text message = Text.of("finding.copied-text", Template.section(now.number()).heading(), sentences.size(),
                repeated.size(), percent, lastYear.file(), lastYear.year());
        List<FindingPlace> places = repeated.stream().map(s -> new FindingPlace(null, s.source())).toList();
        Sentence first = repeated.get(0);
        return Optional.of(new Finding(null, ID, Severity.WARNING, List.of(), List.of(), null, null, message,
                first.text(), first.source(), List.of(), places));
    }

    /** One sentence of the prose, as printed and as compared, with where it stands. */
    record Sentence(String text, String normalised, SourceLocation source) {
    }

    /** The section's sentences long enough to count, headings left out, split at 。！？； and the paragraph's end. */
    static List<Sentence> sentences(Section section, Integer year) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : section.paragraphs()) {
            String text = p.text();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "。！？；!?;".indexOf(text.charAt(i)) >= 0) {
                    String printed = text.substring(start, Math.min(text.length(), i + 1)).strip();
                    String normalised = normalised(printed, year);
                    if (normalised.length() >= SHORTEST_SENTENCE && !isHeading(normalised)) {
                        out.add(new Sentence(printed, normalised, p.locate(start, Math.min(text.length(), i + 1))));
                    }
                    start = i + 1;
                }
            }
        }
        return out;
    }

    private static boolean isHeading(String normalised) {
        Numbering numbering = Numbering.parse(normalised);
        return numbering.style() != Numbering.Style.NONE && numbering.rest().length() <= LONGEST_HEADING;
    }

    /** Without spacing, punctuation at its end, width differences, and with the report's year as a mark. */
    static String normalised(String sentence, Integer year) {
        String n = Normalizer.normalize(sentence, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "")
                .replaceAll("[。！？；!?;]+$", "");
        return year == null ? n : n.replaceAll("(?<!\\d)" + year + "(?!\\d)", YEAR);
    }
}
