package org.reportauditor.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.reportauditor.grammar.Numbering;

/**
 * Finds which of a set of template labels a printed label means, tolerant of numbering, spacing,
 * full-width forms, wrapping and typos. A match must be clearly better than the runner-up, so an
 * ambiguous label is left unmatched rather than guessed.
 */
final class LabelMatcher<T> {
    private static final double MARGIN = 0.04;
    /** A printed number that agrees with the template's adds this much; one that differs takes more off. */
    private static final double NUMBER_BONUS = 0.03;
    /** A label this short ("予公开", a wrapped label's last line) must match all but exactly. */
    private static final int SHORT = 4;
    /**
     * A score this low changes nothing below: even with a numbering bonus it is under
     * {@link LabelMatch#LIKELY}, and as a runner-up it is more than the margin behind any match.
     */
    private static final double IRRELEVANT = LabelMatch.LIKELY - MARGIN - NUMBER_BONUS;

    /** A label a spec is printed with: its core, and its numbering's number if it has one (else -1). */
    private record Candidate<T>(T spec, String core, int number) {
        boolean numbered() {
            return number >= 0;
        }
    }

    /** Reports print the template's labels over and over: a label is matched once. */
    private static final int CACHE_LIMIT = 20_000;

    private final List<Candidate<T>> candidates = new ArrayList<>();
    /** The one spec each label core means, for the common case of a label printed as the template has it. */
    private final Map<String, T> exact = new java.util.HashMap<>();
    private final java.util.Set<String> ambiguous = new java.util.HashSet<>();
    private final Map<String, Optional<LabelMatch<T>>> cache = new ConcurrentHashMap<>();

    /**
     * @param specs     the things labels may mean
     * @param labels    the labels each is printed with (normalised here)
     * @param numbering the numbering each is printed with ("2.", "(三)"), or "" for none
     */
    LabelMatcher(List<T> specs, Function<T, List<String>> labels, Function<T, String> numbering) {
        for (T spec : specs) {
            String num = LabelText.normalize(numbering.apply(spec));
            int number = num.isEmpty() ? -1 : Numbering.parse(num).number();
            for (String label : labels.apply(spec)) {
                String core = LabelText.core(LabelText.normalize(label));
                candidates.add(new Candidate<>(spec, core, number));
                T before = exact.putIfAbsent(core, spec);
                if (before != null && before != spec) {
                    ambiguous.add(core);
                }
            }
        }
    }

    Optional<LabelMatch<T>> match(String normalized) {
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        Optional<LabelMatch<T>> known = cache.get(normalized);
        if (known != null) {
            return known;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        Optional<LabelMatch<T>> found = compute(normalized);
        cache.put(normalized, found);
        return found;
    }

    private Optional<LabelMatch<T>> compute(String normalized) {
        Numbering printedNumber = Numbering.parse(normalized);
        String core = LabelText.core(normalized);
        T same = exact.get(core);
        if (same != null && !ambiguous.contains(core)) {
            // equal to one label: nothing else comes within the margin (a containing label scores 0.95)
            return Optional.of(new LabelMatch<>(same, 1.0));
        }
        T best = null;
        double bestScore = 0;
        double runnerUp = 0;
        for (Candidate<T> c : candidates) {
            double score = LabelSimilarity.of(core, c.core(), IRRELEVANT);
            if (score > 0 && !printedNumber.printed().isEmpty() && c.numbered()) {
                score += c.number() == printedNumber.number() ? NUMBER_BONUS : -0.08;
            }
            if (c.spec() == best) {
                bestScore = Math.max(bestScore, score);
            } else if (score > bestScore) {
                runnerUp = bestScore;
                best = c.spec();
                bestScore = score;
            } else if (score > runnerUp) {
                runnerUp = score;
            }
        }
        if (best == null || bestScore < LabelMatch.LIKELY || bestScore - runnerUp < MARGIN
                || core.length() < SHORT && bestScore < LabelMatch.SURE) {
            return Optional.empty();
        }
        return Optional.of(new LabelMatch<>(best, Math.min(1, bestScore)));
    }
}
