package org.reportauditor.template;

/** The template label a printed label was found to be, with how sure the match is (0..1). */
record LabelMatch<T>(T spec, double score) {

    static final double SURE = 0.9;
    static final double LIKELY = 0.75;

    boolean isSure() {
        return score >= SURE;
    }
}
