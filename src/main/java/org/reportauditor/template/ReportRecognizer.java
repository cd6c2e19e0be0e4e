package org.reportauditor.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reportauditor.ingest.Block;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.Section;
import org.reportauditor.model.TemplateVersion;

/**
 * Turns a raw document into the report model: the title's agency and year, the six sections with
 * their prose, and the tables of sections 二, 三 and 四 with cell ids. Each row of the file's tables
 * goes to the template table its labels belong to, or, where it has none (a row of numbers), to
 * the table of the section it stands in.
 */
public final class ReportRecognizer {
    private static final double TEXT_ROW_CONFIDENCE = 0.5;
    private final Art20TableReader art20 = new Art20TableReader();
    private final ApplicationsTableReader applications = new ApplicationsTableReader();
    private final ReviewsTableReader reviews = new ReviewsTableReader();

    public Report recognize(RawDocument document, String file) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Integer> paragraphBlock = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof TextBlock text) {
                paragraphs.add(text.paragraph());
                paragraphBlock.add(i);
            }
        }
        List<SectionHeadings.Heading> headings = SectionHeadings.find(paragraphs);
        int[] sectionOfBlock = sectionOfEachBlock(blocks.size(), headings, paragraphBlock);

        List<Paragraph> preamble = new ArrayList<>();
        List<List<Paragraph>> body = new ArrayList<>();
        for (int s = 0; s < headings.size(); s++) {
            body.add(new ArrayList<>());
        }
        int h = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            if (h + 1 < headings.size() && headings.get(h + 1).paragraphIndex() == p) {
                h++;
                continue;
            }
            (h < 0 ? preamble : body.get(h)).add(paragraphs.get(p));
        }
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < headings.size(); s++) {
            SectionHeadings.Heading heading = headings.get(s);
            sections.add(new Section(heading.section(), heading.paragraph().text().strip(),
                    heading.paragraph().source(), body.get(s)));
        }

        ReportTitle title = ReportTitle.read(preamble.isEmpty() ? paragraphs : preamble, document.text());
        TemplateVersion preferred = TemplateVersion.expectedFor(title.year());
        List<ReportTable> tables = readTables(blocks, sectionOfBlock, preferred);
        TemplateVersion version = tables.stream().filter(t -> t.id().equals(Template.APPLICATIONS))
                .map(ReportTable::version).filter(v -> v != null).findFirst()
                .orElse(tables.stream().map(ReportTable::version).filter(v -> v != null).findFirst().orElse(null));

        List<Problem> problems = new ArrayList<>(document.problems());
        if (problems.isEmpty() && tables.isEmpty() && sections.size() < 3) {
            problems.add(DocumentReaders.problem(ProblemKind.NOT_ANNUAL_REPORT, "problem.notAnnualReport",
                    DocumentReaders.nameOf(document.file())));
        }
        return new Report(file, document.kind(), title.agency(), title.year(), version, preamble, sections, tables,
                problems, document.text(), null);
    }

    /** For each block, the number of the section it stands in (0 before the first heading). */
    private static int[] sectionOfEachBlock(int blockCount, List<SectionHeadings.Heading> headings,
                                            List<Integer> paragraphBlock) {
        int[] section = new int[blockCount];
        int current = 0;
        int next = 0;
        for (int b = 0; b < blockCount; b++) {
            while (next < headings.size() && paragraphBlock.get(headings.get(next).paragraphIndex()) == b) {
                current = headings.get(next).section();
                next++;
            }
            section[b] = current;
        }
        return section;
    }

    private List<ReportTable> readTables(List<Block> blocks, int[] sectionOfBlock, TemplateVersion preferred) {
        Map<TableKind, List<PrintedRow>> rows = new EnumMap<>(TableKind.class);
        TableKind current = null;
        int lastSection = 0;
        for (int b = 0; b < blocks.size(); b++) {
            if (sectionOfBlock[b] != lastSection) {
                lastSection = sectionOfBlock[b];
                current = TableKind.ofSection(lastSection).orElse(null);
            }
            List<List<RawCell>> printed = rowsOf(blocks.get(b), current);
            for (List<RawCell> cells : printed) {
                PrintedRow row = new PrintedRow(cells.stream().map(PrintedCell::of).toList(), confidenceOf(blocks.get(b)));
                TableKind kind = kindOf(row, current).orElse(current);
                if (kind != null) {
                    rows.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
                    current = kind;
                }
            }
        }
        List<ReportTable> tables = new ArrayList<>();
        withGrids(rows.get(TableKind.ART20), r -> art20.read(r, preferred)).ifPresent(tables::add);
        withGrids(rows.get(TableKind.APPLICATIONS), applications::read).ifPresent(tables::add);
        withGrids(rows.get(TableKind.REVIEWS), reviews::read).ifPresent(tables::add);
        return tables;
    }

    /**
     * A table read from its rows, as sure as the least sure grid its numbers came from: a table the
     * reader rebuilt from text alignment needs a human look even where its labels matched well. A
     * line without numbers (a heading, a label on a line of its own) puts no number in doubt.
     */
    private static Optional<ReportTable> withGrids(List<PrintedRow> rows,
                                                   java.util.function.Function<List<PrintedRow>, Optional<ReportTable>> reader) {
        if (rows == null) {
            return Optional.empty();
        }
        double grid = rows.stream().filter(PrintedRow::hasValues).mapToDouble(PrintedRow::confidence).min()
                .orElse(1);
        return reader.apply(rows).map(t -> new ReportTable(t.id(), t.version(), t.rows(), t.confidence() * grid));
    }

    /**
     * The rows a block prints: a grid's rows, or, in a section with a table, a line of prose that
     * is a row laid out with spaces.
     */
    private static List<List<RawCell>> rowsOf(Block block, TableKind context) {
        if (block instanceof TableBlock table) {
            return table.rows();
        }
        if (context != null && block instanceof TextBlock text) {
            return TextRows.cells(text.paragraph()).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /** How sure the reader was of the block's grid; a row taken from prose is a guess. */
    private static double confidenceOf(Block block) {
        return block instanceof TableBlock table ? table.confidence() : TEXT_ROW_CONFIDENCE;
    }

    /** The table a row's labels clearly belong to, if they do; on a tie, the current one. */
    private Optional<TableKind> kindOf(PrintedRow row, TableKind current) {
        Map<TableKind, Double> affinity = new EnumMap<>(TableKind.class);
        affinity.put(TableKind.ART20, art20.affinity(row));
        affinity.put(TableKind.APPLICATIONS, applications.affinity(row));
        affinity.put(TableKind.REVIEWS, reviews.affinity(row));
        double best = affinity.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (best < LabelMatch.SURE) {
            return Optional.empty();
        }
        if (current != null && affinity.get(current) == best) {
            return Optional.of(current);
        }
        return affinity.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).findFirst();
    }

    private enum TableKind {
        ART20, APPLICATIONS, REVIEWS;

        static Optional<TableKind> ofSection(int section) {
            return switch (section) {
                case 2 -> Optional.of(ART20);
                case 3 -> Optional.of(APPLICATIONS);
                case 4 -> Optional.of(REVIEWS);
                default -> Optional.empty();
            };
        }
    }
}
