package org.reportauditor.template;

import java.util.List;

/**
 * A column of a template table: its id, the labels it is printed with (the first is the
 * template's own), its English name, and what it holds.
 */
public record ColumnSpec(String id, List<String> labels, String english, ValueKind kind) {

    public ColumnSpec {
        labels = List.copyOf(labels);
    }

    public String label() {
        return labels.get(0);
    }
}
