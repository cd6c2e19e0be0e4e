package org.reportauditor.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.CellReading;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.Section;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.Template;

/**
 * Builds small hand-made reports for rule tests: a table's rows are given as printed texts, in the
 * template's column order ("" for a blank cell, "/" for not applicable).
 */
public final class ReportBuilder {
    private final Integer year;
    private final TemplateVersion version;
    private String agency = "某市某局";
    private final Map<String, Map<String, String[]>> tables = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();

    private ReportBuilder(Integer year, TemplateVersion version) {
        this.year = year;
        this.version = version;
    }

    public static ReportBuilder report(int year, TemplateVersion version) {
        return new ReportBuilder(year, version);
    }

    public ReportBuilder agency(String name) {
        this.agency = name;
        return this;
    }

    public ReportBuilder row(String table, String rowId, String... printed) {
        tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(rowId, printed);
        return this;
    }

    /** Every template row of the applications table, each with the given seven printed values. */
    public ReportBuilder applicationsFilledWith(String... printed) {
        for (RowSpec r : Template.of(version).table(Template.APPLICATIONS).rows()) {
            row(Template.APPLICATIONS, r.id(), printed);
        }
        return this;
    }

    public ReportBuilder section(int number, String heading, String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        int offset = 0;
        for (String p : paragraphs) {
            ps.add(Paragraph.of(p, SourceLocation.TextRange.of(offset, p.length())));
            offset += p.length() + 1;
        }
        sections.add(new Section(number, heading, SourceLocation.TextRange.of(0, heading.length()), ps));
        return this;
    }

    /** All six sections with the template's headings and no prose. */
    public ReportBuilder allSections() {
        for (int n = 1; n <= 6; n++) {
            section(n, Template.section(n).heading());
        }
        return this;
    }

    public Report build() {
        List<ReportTable> built = new ArrayList<>();
        tables.forEach((tableId, rows) -> {
            List<TableRow> tableRows = new ArrayList<>();
            rows.forEach((rowId, printed) -> {
                RowSpec spec = Template.of(version).row(tableId, rowId)
                        .or(() -> Template.of(version).row(tableId, org.reportauditor.model.RowIds.base(rowId)))
                        .orElseThrow(() -> new IllegalArgumentException("no row " + rowId));
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < spec.columns().size(); i++) {
                    ColumnSpec c = spec.columns().get(i);
                    String text = i < printed.length ? printed[i] : "";
                    cells.add(cell(new CellAddress(tableId, rowId, c.id()), text, i < printed.length));
                }
                tableRows.add(new TableRow(rowId, spec.label(), null, cells));
            });
            built.add(new ReportTable(tableId, version, tableRows, 1.0));
        });
        return new Report("test.txt", DocumentKind.TEXT, agency, year, version, List.of(), sections, built, List.of(),
                "", null);
    }

    private static Cell cell(CellAddress address, String text, boolean printed) {
        if (!printed) {
            return new Cell(address, "", null, CellReading.MISSING, null);
        }
        if (text.isEmpty()) {
            return new Cell(address, "", null, CellReading.BLANK, null);
        }
        if (text.equals("/")) {
            return new Cell(address, text, null, CellReading.NOT_APPLICABLE, null);
        }
        return new Cell(address, text, new BigDecimal(text), CellReading.NUMBER, null);
    }
}
