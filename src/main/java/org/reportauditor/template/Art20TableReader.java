package org.reportauditor.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reportauditor.model.RowIds;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.TemplateVersion;

/**
 * Reads the section 二 table: the 第二十条 blocks, each a header row naming its columns and rows of
 * values. The columns are read from each block's header, so a report that mixes the two template
 * versions is read as printed. Rows an agency split into named sub-rows are kept as
 * {@code other_services.行政检查}.
 */
final class Art20TableReader {
    private static final Template V2019 = Template.of(TemplateVersion.V2019);
    private static final Template V2021 = Template.of(TemplateVersion.V2021);
    private static final Set<String> UNIT_WORDS = Set.of("万元", "元", "件", "项", "个", "单位:万元", "单位:件");

    private final LabelMatcher<RowSpec> rows;
    private final LabelMatcher<GroupSpec> blocks;
    private final LabelMatcher<ColumnSpec> columns;

    Art20TableReader() {
        TableSpec full = V2019.table(Template.ART20);
        rows = new LabelMatcher<>(full.rows(), RowSpec::labels, r -> "");
        blocks = new LabelMatcher<>(full.groups(), GroupSpec::labels, g -> "");
        List<ColumnSpec> all = new ArrayList<>();
        for (Template t : List.of(V2019, V2021)) {
            for (RowSpec r : t.table(Template.ART20).rows()) {
                // the versions share their column constants
                r.columns().stream().filter(c -> all.stream().noneMatch(a -> a == c)).forEach(all::add);
            }
        }
        columns = new LabelMatcher<>(all, ColumnSpec::labels, c -> "");
    }

    double affinity(PrintedRow row) {
        // 信息内容 heads every block of this table, and no other table
        boolean header = row.cells().stream().anyMatch(c -> c.isWords() && c.normalized().equals("信息内容"));
        return header ? 1 : row.bestMatch(c -> true, rows, blocks, columns);
    }

    /**
     * @param preferred the version to assume where a row's layout does not tell (the one the
     *                  report's year requires)
     */
    Optional<ReportTable> read(List<PrintedRow> printed, TemplateVersion preferred) {
        List<PrintedRow> printedRows = StackedRows.split(printed, rows);
        Map<String, TableRow> found = new LinkedHashMap<>();
        Map<TemplateVersion, Integer> votes = new EnumMap<>(TemplateVersion.class);
        List<ColumnSpec> header = null;
        String parent = null;
        int read = 0;
        int fitted = 0;
        for (PrintedRow row : printedRows) {
            List<PrintedCell> cells = row.cells();
            if (cells.stream().anyMatch(c -> c.isWords() && blocks.match(c.normalized()).isPresent())) {
                header = null;
                parent = null;
            }
            int first = firstWords(cells);
            Optional<LabelMatch<RowSpec>> match = first < 0 ? Optional.empty()
                    : rows.match(cells.get(first).normalized());
            // a row of blanks under a row label is a data row all the same
            if (!row.hasValues() && (match.isEmpty() || first == cells.size() - 1)) {
                List<ColumnSpec> named = headerColumns(cells);
                if (!named.isEmpty()) {
                    header = named;
                }
                continue;
            }
            if (first < 0) {
                continue;
            }
            PrintedCell labelCell = cells.get(first);
            String rowId;
            int valuesFrom = first + 1;
            if (match.isPresent()) {
                RowSpec spec = match.get().spec();
                parent = spec.id();
                String subRow = extraName(labelCell.normalized(), spec);
                if (subRow == null && valuesFrom < cells.size() && cells.get(valuesFrom).isWords()
                        && columns.match(cells.get(valuesFrom).normalized()).isEmpty()) {
                    subRow = bare(cells.get(valuesFrom).normalized());
                    valuesFrom++;
                }
                rowId = subRow == null ? spec.id() : RowIds.subRow(spec.id(), subRow);
            } else if (parent != null) {
                rowId = RowIds.subRow(parent, bare(labelCell.normalized()));
            } else {
                continue;
            }
            List<PrintedCell> values = cells.subList(valuesFrom, cells.size());
            TemplateVersion version = versionOf(RowIds.base(rowId), header, values, preferred);
            votes.merge(version, 1, Integer::sum);
            RowSpec spec = Template.of(version).row(Template.ART20, RowIds.base(rowId)).orElseThrow();
            // a block whose header names only some of the row's columns (versions mixed) is read as printed
            List<ColumnSpec> laidOut = header != null && !header.isEmpty() && header.stream().allMatch(c -> spec.hasColumn(c.id()))
                    ? header : spec.columns();
            CellValues.Laid laid = CellValues.lay(Template.ART20, rowId, laidOut, values);
            read++;
            if (laid.fitted()) {
                fitted++;
            }
            found.putIfAbsent(rowId, new TableRow(rowId, labelCell.text().strip(), labelCell.source(), laid.cells()));
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TemplateVersion version = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(preferred);
        return Optional.of(new ReportTable(Template.ART20, version, ordered(found), 0.5 + 0.5 * fitted / read));
    }

    /** The columns a header row names, in printed order; empty if it is not a header row. */
    private List<ColumnSpec> headerColumns(List<PrintedCell> cells) {
        List<ColumnSpec> named = new ArrayList<>();
        for (PrintedCell c : cells) {
            if (!c.isWords()) {
                continue;
            }
            // headers laid out with spaces can share a cell: "信息内容 本年制发件数 本年废止件数"
            List<ColumnSpec> parts = new ArrayList<>();
            for (String part : c.text().strip().split("[ \t\u3000]+")) {
                headerColumn(LabelText.normalize(part)).ifPresent(parts::add);
            }
            if (parts.size() > 1) {
                named.addAll(parts);
            } else {
                headerColumn(c.normalized()).ifPresent(named::add);
            }
        }
        return named;
    }

    private Optional<ColumnSpec> headerColumn(String normalized) {
        return columns.match(normalized).filter(m -> m.score() >= 0.85).map(LabelMatch::spec);
    }

    /**
     * The version whose columns for this row fit what is printed: the block's header if it names
     * them, otherwise the number of values printed; the preferred version where both fit.
     */
    private static TemplateVersion versionOf(String rowId, List<ColumnSpec> header, List<PrintedCell> values,
                                             TemplateVersion preferred) {
        Optional<RowSpec> old = V2019.row(Template.ART20, rowId);
        Optional<RowSpec> current = V2021.row(Template.ART20, rowId);
        if (old.isEmpty()) {
            return TemplateVersion.V2021;
        }
        if (current.isEmpty()) {
            return TemplateVersion.V2019;
        }
        if (header != null) {
            if (old.get().hasColumns(header) && !current.get().hasColumns(header)) {
                return TemplateVersion.V2019;
            }
            if (current.get().hasColumns(header) && !old.get().hasColumns(header)) {
                return TemplateVersion.V2021;
            }
            boolean oldNamed = header.stream().anyMatch(c -> old.get().hasColumn(c.id()) && !current.get().hasColumn(c.id()));
            boolean currentNamed = header.stream().anyMatch(c -> current.get().hasColumn(c.id()) && !old.get().hasColumn(c.id()));
            if (oldNamed != currentNamed) {
                return oldNamed ? TemplateVersion.V2019 : TemplateVersion.V2021;
            }
        }
        long printed = values.stream().filter(c -> !c.isEmpty()).count();
        int oldCount = old.get().columns().size();
        int currentCount = current.get().columns().size();
        if (oldCount != currentCount) {
            if (printed == oldCount) {
                return TemplateVersion.V2019;
            }
            if (printed == currentCount) {
                return TemplateVersion.V2021;
            }
        }
        return preferred;
    }

    /** The name of a sub-row printed after the row's label, "其他对外管理服务事项（行政检查）" → 行政检查. */
    private static String extraName(String normalized, RowSpec spec) {
        String core = LabelText.core(normalized);
        for (String label : spec.labels()) {
            String l = LabelText.normalize(label);
            if (core.equals(l)) {
                return null;
            }
        }
        for (String label : spec.labels()) {
            String l = LabelText.normalize(label);
            int at = core.indexOf(l);
            if (at >= 0) {
                String extra = bare(core.substring(0, at) + core.substring(at + l.length()));
                return extra.isEmpty() || UNIT_WORDS.contains(extra) ? null : extra;
            }
        }
        return null;
    }

    private static String bare(String normalized) {
        String s = normalized;
        while (!s.isEmpty() && "()·-:、".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        while (!s.isEmpty() && "()·-:、".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int firstWords(List<PrintedCell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isWords()) {
                return i;
            }
            if (cells.get(i).isValue()) {
                return -1;
            }
        }
        return -1;
    }

    private static List<TableRow> ordered(Map<String, TableRow> found) {
        List<TableRow> ordered = new ArrayList<>();
        for (RowSpec spec : V2019.table(Template.ART20).rows()) {
            for (TableRow r : found.values()) {
                if (RowIds.base(r.id()).equals(spec.id())) {
                    ordered.add(r);
                }
            }
        }
        return ordered;
    }
}
