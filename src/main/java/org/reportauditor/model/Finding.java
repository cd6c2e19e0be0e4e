package org.reportauditor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a check found: the rule, its severity, the cells it concerns, and for arithmetic the cell
 * believed wrong ({@code suspects}) with the value it should have ({@code expected}) and the one
 * printed ({@code actual}). {@code alternatives} lists other equally small corrections when the
 * choice is open; {@code quote} the words of the prose a finding about text concerns.
 *
 * @param id     stable across runs, languages and versions ({@link FindingIds}); decisions refer to it
 * @param source where the finding is shown first (its first suspect, or its quote)
 * @param places every place it concerns, each suspect cell (or each cell, where it has no suspects) and
 *               its quote, with where it stands in the file: the exports mark each of them
 */
public record Finding(String id, String rule, Severity severity, List<CellAddress> cells,
                      List<CellAddress> suspects, BigDecimal expected, BigDecimal actual, Text message,
                      String quote, SourceLocation source, List<List<CellAddress>> alternatives,
                      List<FindingPlace> places) {

    public Finding {
        cells = List.copyOf(cells);
        suspects = List.copyOf(suspects);
        alternatives = alternatives.stream().map(List::copyOf).toList();
        places = List.copyOf(places);
        if (id == null) {
            id = FindingIds.of(rule, cells, suspects, quote, message);
        }
    }

    /** A finding as a rule states it: its id made from what it names, its places found by the engine. */
    public Finding(String rule, Severity severity, List<CellAddress> cells, List<CellAddress> suspects,
                   BigDecimal expected, BigDecimal actual, Text message, String quote, SourceLocation source,
                   List<List<CellAddress>> alternatives) {
        this(null, rule, severity, cells, suspects, expected, actual, message, quote, source, alternatives,
                List.of());
    }

    /** A finding on cells, without localisation. */
    public static Finding onCells(String rule, Severity severity, List<CellAddress> cells, Text message,
                                  SourceLocation source) {
        return new Finding(rule, severity, cells, List.of(), null, null, message, null, source, List.of());
    }

    /** A finding about words of the prose. */
    public static Finding onText(String rule, Severity severity, List<CellAddress> cells, String quote,
                                 Text message, SourceLocation source) {
        return new Finding(rule, severity, cells, List.of(), null, null, message, quote, source, List.of());
    }

    /** The cells it blames: its suspects, or its cells where it names none. */
    public List<CellAddress> blamed() {
        return suspects.isEmpty() ? cells : suspects;
    }

    /** The same finding under another id (two findings of one report never share one). */
    public Finding withId(String newId) {
        return new Finding(newId, rule, severity, cells, suspects, expected, actual, message, quote, source,
                alternatives, places);
    }

    public Finding located(SourceLocation newSource, List<FindingPlace> newPlaces) {
        return new Finding(id, rule, severity, cells, suspects, expected, actual, message, quote, newSource,
                alternatives, newPlaces);
    }
}
