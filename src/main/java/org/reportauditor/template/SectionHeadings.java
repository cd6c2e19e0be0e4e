package org.reportauditor.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportauditor.grammar.Numbering;
import org.reportauditor.model.Paragraph;

/**
 * Finds the headings of the six sections among the paragraphs, in order. A heading is recognised
 * by its numeral and its title; one that deviates from the template (a "5、" for 五、, a shortened
 * title) is still found, so that the deviation can be reported rather than the section called missing.
 */
final class SectionHeadings {
    private static final int MAX_HEADING_LENGTH = 40;
    /** The lowest title score {@link #sectionOf} accepts (the right numeral, a title half like the template's). */
    private static final double LOWEST_ACCEPTED = 0.5;

    /** A section with its heading and title normalised once, as printed labels are. */
    private record Known(SectionSpec spec, String heading, String title) {
    }

    private static final List<Known> SECTIONS = Template.sections().stream()
            .map(s -> new Known(s, LabelText.normalize(s.heading()), LabelText.normalize(s.title()))).toList();

    /** A paragraph found to be the heading of a section. */
    record Heading(int paragraphIndex, int section, Paragraph paragraph) {
    }

    private SectionHeadings() {
    }

    static List<Heading> find(List<Paragraph> paragraphs) {
        List<Heading> found = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<Integer> section = sectionOf(paragraphs.get(i).text());
            if (section.isPresent() && section.get() > last) {
                last = section.get();
                found.add(new Heading(i, last, paragraphs.get(i)));
            }
        }
        return found;
    }

    /** Which section the text is a heading of, if it is one. */
    static Optional<Integer> sectionOf(String text) {
        // no heading is longer: a paragraph of prose is normalised no further than this
        String normalized = LabelText.normalize(text, MAX_HEADING_LENGTH + 1);
        for (Known section : SECTIONS) {
            if (normalized.startsWith(section.heading())) {
                return Optional.of(section.spec().number());
            }
        }
        if (normalized.length() > MAX_HEADING_LENGTH) {
            return Optional.empty();
        }
        Numbering numbering = Numbering.parse(normalized);
        String core = LabelText.core(normalized);
        for (Known section : SECTIONS) {
            SectionSpec spec = section.spec();
            double title = titleScore(core, section);
            boolean sameNumber = numbering.number() == spec.number();
            boolean accepted = switch (numbering.style()) {
                case CHINESE, PART -> sameNumber ? title >= LOWEST_ACCEPTED : title >= 0.9;
                case ARABIC -> sameNumber && title >= 0.8;
                case CHINESE_BRACKETED -> sameNumber && title >= 0.9;
                case NONE -> title >= 0.9;
            };
            if (accepted) {
                return Optional.of(spec.number());
            }
        }
        return Optional.empty();
    }

    private static double titleScore(String core, Known section) {
        double score = LabelSimilarity.of(core, section.title(), LOWEST_ACCEPTED);
        for (String keyword : section.spec().keywords()) {
            if (core.contains(keyword)) {
                score = Math.max(score, 0.6);
            }
        }
        return score;
    }
}
