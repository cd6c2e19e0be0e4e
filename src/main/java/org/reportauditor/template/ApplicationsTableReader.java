package org.reportauditor.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reportauditor.grammar.Numbering;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.model.CellReading;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.TemplateVersion;

/**
 * Reads the section 三 table (applications received and handled) from the rows of the file's
 * tables, by what the cells say rather than where they stand: a row is its label (and the group
 * label printed beside it), its values are the cells after the label. Both template versions are
 * understood at once; which one the file follows is read from its (六)其他处理 rows.
 */
final class ApplicationsTableReader {
    private static final Template V2019 = Template.of(TemplateVersion.V2019);
    private static final Template V2021 = Template.of(TemplateVersion.V2021);
    private static final RowSpec OTHER_2019 = V2019.table(Template.APPLICATIONS).row("other").orElseThrow();

    private final LabelMatcher<RowSpec> rows;
    private final LabelMatcher<GroupSpec> groups;
    private final LabelMatcher<String> headers;
    private final List<RowSpec> templateOrder;

    ApplicationsTableReader() {
        List<RowSpec> all = new ArrayList<>();
        for (RowSpec r : V2021.table(Template.APPLICATIONS).rows()) {
            if (r.id().equals("total")) {
                all.add(OTHER_2019);
            }
            all.add(r);
        }
        this.templateOrder = List.copyOf(all);
        this.rows = new LabelMatcher<>(all, RowSpec::labels, RowSpec::numbering);
        TableSpec spec = V2021.table(Template.APPLICATIONS);
        this.groups = new LabelMatcher<>(spec.groups(), GroupSpec::labels, GroupSpec::numbering);
        this.headers = new LabelMatcher<>(spec.headerLabels(), List::of, h -> "");
    }

    /** How sure it is that a row belongs to this table: its best label match. */
    double affinity(PrintedRow row) {
        // 总计 and 其他 head columns of other tables too: they tell nothing about which table this is
        return row.bestMatch(c -> !isHeaderWord(c), rows, groups, headers);
    }

    Optional<ReportTable> read(List<PrintedRow> printed) {
        List<PrintedRow> printedRows = StackedRows.split(printed.stream().map(this::withLabelsApart).toList(), rows);
        Map<String, TableRow> found = new LinkedHashMap<>();
        String group = null;
        String pending = null;
        PrintedRow pendingRow = null;
        int rowsRead = 0;
        int rowsFitted = 0;
        double labelScore = 0;
        for (PrintedRow row : printedRows) {
            List<PrintedCell> cells = row.cells();
            RowSpec rowSpec = null;
            double rowScore = 0;
            double groupScore = 0;
            int lastLabel = -1;
            boolean header = false;
            for (int i = 0; i < cells.size(); i++) {
                PrintedCell c = cells.get(i);
                if (!c.isWords()) {
                    continue;
                }
                Optional<LabelMatch<RowSpec>> r = rows.match(c.normalized());
                Optional<LabelMatch<GroupSpec>> g = groups.match(c.normalized()).or(() -> groupByNumbering(c));
                Optional<RowSpec> item = r.isEmpty() ? itemInGroup(c, group) : Optional.empty();
                if (g.isPresent() && (r.isEmpty() || g.get().score() >= r.get().score())) {
                    group = g.get().spec().id();
                    groupScore = g.get().score();
                    lastLabel = i;
                    rowSpec = null;
                } else if (r.isPresent() && (row.hasValues() || !isHeaderWord(c))) {
                    rowSpec = resolveInGroup(r.get(), group, c);
                    rowScore = r.get().score();
                    lastLabel = i;
                } else if (item.isPresent()) {
                    rowSpec = item.get();
                    rowScore = LabelMatch.LIKELY;
                    lastLabel = i;
                } else if (headers.match(c.normalized()).isPresent()) {
                    header = true;
                }
            }
            if (rowSpec != null && rowSpec.group() != null && !"results".equals(rowSpec.group())) {
                group = rowSpec.group();
            }
            List<PrintedCell> after = cells.subList(lastLabel + 1, cells.size());
            boolean hasValues = after.stream().anyMatch(PrintedCell::isValue);
            boolean onlyValues = !after.isEmpty() && after.stream().noneMatch(PrintedCell::isWords);
            if (rowSpec == null && groupScore > 0 && "other".equals(group) && onlyValues) {
                // the 2019 version prints (六)其他处理 as one row: the group label with cells after it
                rowSpec = OTHER_2019;
                rowScore = groupScore;
            }
            if (rowSpec == null) {
                if (pending != null && hasValues && !header) {
                    // a label wrapped over lines in a layout without ruling lines: its numbers come later
                    rowsRead++;
                    if (put(found, pending, pendingRow, after)) {
                        rowsFitted++;
                    }
                    pending = null;
                }
                continue;
            }
            labelScore += rowScore;
            if (!hasValues && after.isEmpty()) {
                pending = rowSpec.id();
                pendingRow = row;
                continue;
            }
            pending = null;
            rowsRead++;
            if (found.containsKey(rowSpec.id())) {
                continue;
            }
            if (put(found, rowSpec.id(), row, after)) {
                rowsFitted++;
            }
        }
        dropBlankGroupRow(found);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<TableRow> ordered = new ArrayList<>();
        for (RowSpec spec : templateOrder) {
            TableRow r = found.get(spec.id());
            if (r != null) {
                ordered.add(r);
            }
        }
        double confidence = Math.min(1, labelScore / Math.max(1, rowsRead)) * (0.5 + 0.5 * rowsFitted / Math.max(1,
                rowsRead));
        return Optional.of(new ReportTable(Template.APPLICATIONS, versionOf(found), ordered, confidence));
    }

    /**
     * The 2021 version's (六)其他处理 heads its sub-rows and has no cells of its own: blank cells
     * beside it (a layout without ruling lines sets the group label on a line of its own, level with
     * empty columns) are no 2019-style row.
     */
    private static void dropBlankGroupRow(Map<String, TableRow> found) {
        TableRow other = found.get(OTHER_2019.id());
        boolean subRows = found.keySet().stream().anyMatch(id -> id.startsWith(OTHER_2019.id() + "."));
        if (other != null && subRows && other.cells().stream().allMatch(c -> c.reading() == CellReading.BLANK)) {
            found.remove(OTHER_2019.id());
        }
    }

    /**
     * A group label and an item label printed in one cell, a space apart ("（四）无 2.没有现成信息需要另行",
     * where a line-less layout ran them together): each part is a cell of its own.
     */
    private PrintedRow withLabelsApart(PrintedRow row) {
        List<PrintedCell> cells = new ArrayList<>();
        boolean split = false;
        for (PrintedCell c : row.cells()) {
            String[] parts = c.text().strip().split("\\s+");
            if (c.isWords() && parts.length > 1 && rows.match(c.normalized()).filter(LabelMatch::isSure).isEmpty()
                    && groups.match(c.normalized()).isEmpty() && java.util.Arrays.stream(parts)
                    .anyMatch(part -> rows.match(LabelText.normalize(part)).isPresent())) {
                for (String part : parts) {
                    cells.add(PrintedCell.of(new RawCell(part, c.raw().row(), c.raw().col(), 1, 1, c.source())));
                }
                split = true;
            } else {
                cells.add(c);
            }
        }
        return split ? new PrintedRow(cells, row.confidence()) : row;
    }

    private boolean put(Map<String, TableRow> found, String rowId, PrintedRow row, List<PrintedCell> values) {
        RowSpec spec = templateOrder.stream().filter(r -> r.id().equals(rowId)).findFirst().orElseThrow();
        CellValues.Laid laid = CellValues.lay(Template.APPLICATIONS, rowId, spec.columns(), values);
        String label = row.cells().stream().filter(PrintedCell::isWords).map(PrintedCell::text)
                .reduce((a, b) -> b).orElse(spec.label());
        found.putIfAbsent(rowId, new TableRow(rowId, label.strip(), row.cells().get(0).source(), laid.cells()));
        return laid.fitted();
    }

    private static boolean isHeaderWord(PrintedCell c) {
        return c.normalized().equals("其他") || c.normalized().equals("总计") || c.normalized().equals("合计");
    }

    /**
     * A label too short to be sure of ("3.其他") means the item of the group it is printed in; a
     * label that says clearly which row it is, is that row, whatever group was printed before it.
     */
    private RowSpec resolveInGroup(LabelMatch<RowSpec> matched, String group, PrintedCell cell) {
        RowSpec spec = matched.spec();
        boolean generic = LabelText.core(cell.normalized()).length() <= 2 || !matched.isSure();
        if (generic && group != null && spec.group() != null && !spec.group().equals(group)
                && !"results".equals(spec.group())) {
            return itemInGroup(cell, group).orElse(spec);
        }
        return spec;
    }

    /**
     * A group label cut in two where its merged cell spans a page break ("（四）无" / "法提供"):
     * its bracketed numeral and the start of its words tell which group it is.
     */
    private Optional<LabelMatch<GroupSpec>> groupByNumbering(PrintedCell cell) {
        Numbering n = Numbering.parse(cell.normalized());
        if (n.style() != Numbering.Style.CHINESE_BRACKETED) {
            return Optional.empty();
        }
        String rest = LabelText.core(cell.normalized());
        for (GroupSpec g : V2021.table(Template.APPLICATIONS).groups()) {
            if (Numbering.parse(LabelText.normalize(g.numbering())).number() == n.number()
                    && !rest.isEmpty() && LabelText.normalize(g.labels().get(0)).startsWith(rest)) {
                return Optional.of(new LabelMatch<>(g, LabelMatch.LIKELY));
            }
        }
        return Optional.empty();
    }

    /** The numbered item of a group, for a label too garbled to match ("2.其他法律行政止公开"). */
    private Optional<RowSpec> itemInGroup(PrintedCell cell, String group) {
        if (group == null || "results".equals(group)) {
            return Optional.empty();
        }
        Numbering n = Numbering.parse(cell.normalized());
        if (n.style() != Numbering.Style.ARABIC || !LabelText.containsCjk(n.rest())) {
            return Optional.empty();
        }
        String wanted = n.number() + ".";
        return templateOrder.stream().filter(r -> group.equals(r.group()) && r.numbering().equals(wanted)).findFirst();
    }

    private static TemplateVersion versionOf(Map<String, TableRow> found) {
        if (found.keySet().stream().anyMatch(id -> id.startsWith("other."))) {
            return TemplateVersion.V2021;
        }
        if (found.containsKey("other")) {
            return TemplateVersion.V2019;
        }
        return null;
    }
}
