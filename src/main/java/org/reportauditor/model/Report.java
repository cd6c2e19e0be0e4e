package org.reportauditor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A report as recognised against the template: who published it for which year, its sections, its
 * tables with cell ids, and what stopped its file from being read in full.
 *
 * @param file      the path as the user gave it
 * @param kind      the kind of file, {@code null} when it could not be told
 * @param agency    the publishing agency from the title, {@code null} when not found
 * @param year      the report year from the title, {@code null} when not found
 * @param version   the template version of the tables ({@code null} when there are none)
 * @param preamble  the title and the prose before section 一
 * @param text      the document's extracted text, which {@link SourceLocation.TextRange}s point into
 * @param sha256    the SHA-256 of the file's bytes (lower-case hex), {@code null} when it could not be read;
 *                  an audit file is tied to it
 */
public record Report(String file, DocumentKind kind, String agency, Integer year, TemplateVersion version,
                     List<Paragraph> preamble, List<Section> sections, List<ReportTable> tables,
                     List<Problem> problems, String text, String sha256) {

    public Report {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    /** The same report with other tables (a cell corrected by the auditor, a table left out). */
    public Report withTables(List<ReportTable> newTables) {
        return new Report(file, kind, agency, year, version, preamble, sections, newTables, problems, text, sha256);
    }

    /** The same report with these problems too (those it has already are not listed twice). */
    public Report withProblems(List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        more.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all.size() == problems.size() ? this
                : new Report(file, kind, agency, year, version, preamble, sections, tables, all, text, sha256);
    }

    /** The same report as read from another file with the same bytes. */
    public Report withFile(String otherFile) {
        return new Report(otherFile, kind, agency, year, version, preamble, sections, tables, problems, text, sha256);
    }

    public Report withSha256(String digest) {
        return new Report(file, kind, agency, year, version, preamble, sections, tables, problems, text, digest);
    }

    /** The version its tables are printed in, else the one its year asks for. */
    public TemplateVersion expectedVersion() {
        return version != null ? version : TemplateVersion.expectedFor(year);
    }

    /** The version a table is printed in, else the one the report's year asks for. */
    public TemplateVersion versionOf(ReportTable table) {
        return table.version() != null ? table.version() : TemplateVersion.expectedFor(year);
    }

    public Optional<ReportTable> table(String id) {
        for (ReportTable t : tables) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Optional<Section> section(int number) {
        for (Section s : sections) {
            if (s.number() == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Optional<Cell> cell(CellAddress address) {
        return table(address.table()).flatMap(t -> t.cell(address.row(), address.column()));
    }

    /** Every cell read, table by table, row by row. */
    public List<Cell> cells() {
        List<Cell> all = new ArrayList<>();
        for (ReportTable t : tables) {
            for (TableRow r : t.rows()) {
                all.addAll(r.cells());
            }
        }
        return all;
    }
}
