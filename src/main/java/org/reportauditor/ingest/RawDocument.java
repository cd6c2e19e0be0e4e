package org.reportauditor.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;

/**
 * What a reader gets out of a file, whatever its kind: blocks of prose and grids of cells in reading
 * order, each with its source location, the extracted text that {@code TextRange} sources point
 * into, and the problems that stopped the file from being read in full.
 */
public record RawDocument(Path file, DocumentKind kind, List<Block> blocks, String text, List<Problem> problems) {

    public RawDocument {
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
    }

    public static RawDocument failed(Path file, DocumentKind kind, Problem problem) {
        return new RawDocument(file, kind, List.of(), "", List.of(problem));
    }

    /** The same document as read from another file with the same bytes. */
    public RawDocument withFile(Path otherFile) {
        return new RawDocument(otherFile, kind, blocks, text, problems);
    }

    public RawDocument withProblem(Problem problem) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(problem);
        return new RawDocument(file, kind, blocks, text, all);
    }

    public List<TableBlock> tables() {
        return blocks.stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
    }

    public List<TextBlock> textBlocks() {
        return blocks.stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast).toList();
    }
}
