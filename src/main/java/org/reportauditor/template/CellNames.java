package org.reportauditor.template;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Name;
import org.reportauditor.model.RowIds;
import org.reportauditor.model.TemplateVersion;

/** What people call a cell, a row or a column: "部分公开 · 总计" / "Partially disclosed, Total". */
public final class CellNames {
    private CellNames() {
    }

    public static Name cell(CellAddress address) {
        Name row = row(address.table(), address.row());
        Name column = column(address.table(), address.row(), address.column());
        if (row.chinese().isEmpty()) {
            return column;
        }
        return new Name(row.chinese() + " · " + column.chinese(), row.english() + ", " + column.english());
    }

    public static Name row(String table, String rowId) {
        String base = RowIds.base(rowId);
        RowSpec spec = spec(table, rowId).or(() -> spec(table, base)).orElse(null);
        if (spec == null) {
            return new Name(rowId, rowId);
        }
        if (spec.id().equals(rowId)) {
            return new Name(spec.shortName(), spec.english());
        }
        String sub = rowId.substring(base.length() + 1);
        return new Name(spec.shortName() + "（" + sub + "）", spec.english() + " (" + sub + ")");
    }

    public static Name column(String table, String rowId, String columnId) {
        return Template.column(new CellAddress(table, rowId, columnId)).map(c -> new Name(c.label(), c.english()))
                .orElse(new Name(columnId, columnId));
    }

    private static java.util.Optional<RowSpec> spec(String table, String rowId) {
        return Template.of(TemplateVersion.V2021).row(table, rowId)
                .or(() -> Template.of(TemplateVersion.V2019).row(table, rowId));
    }
}
