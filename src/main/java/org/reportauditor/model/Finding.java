package org.reportauditor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a check found: the rule, its severity, the cells it concerns, and for arithmetic the cell
 * believed wrong ({@code suspects}) with the value it should have ({@code expected}) and the one
 * printed ({@code actual}). {@code alternatives} lists other equally small corrections when the
 * choice is open; {@code quote} the words of the prose a finding about text concerns.
 */
public record Finding(String rule, Severity severity, List<CellAddress> cells, List<CellAddress> suspects,
                      BigDecimal expected, BigDecimal actual, Text message, String quote,
                      SourceLocation source, List<List<CellAddress>> alternatives) {

    public Finding {
        cells = List.copyOf(cells);
        suspects = List.copyOf(suspects);
        alternatives = alternatives.stream().map(List::copyOf).toList();
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
}
