package org.reportauditor.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.reportauditor.model.TemplateVersion;

class RowSpecTest {
    private final RowSpec regulations2019 = Template.of(TemplateVersion.V2019).row(Template.ART20, "regulations")
            .orElseThrow();
    private final RowSpec regulations2021 = Template.of(TemplateVersion.V2021).row(Template.ART20, "regulations")
            .orElseThrow();

    @Test
    void aHeaderHasARowsColumnsOnlyWhenItNamesAllOfThemInOrder() {
        assertThat(regulations2019.hasColumns(regulations2019.columns())).isTrue();
        assertThat(regulations2021.hasColumns(regulations2019.columns())).isFalse();
        List<ColumnSpec> twoOfThree = regulations2019.columns().subList(0, 2);
        assertThat(regulations2019.hasColumns(twoOfThree)).isFalse();
        List<ColumnSpec> reversed = new java.util.ArrayList<>(regulations2019.columns());
        java.util.Collections.reverse(reversed);
        assertThat(regulations2019.hasColumns(reversed)).isFalse();
        // a column spec made anew with the same id is the same column
        List<ColumnSpec> copies = regulations2021.columns().stream()
                .map(c -> new ColumnSpec(c.id(), c.labels(), c.english(), c.kind())).toList();
        assertThat(regulations2021.hasColumns(copies)).isTrue();
    }
}
