package org.reportauditor.ingest.word;

import java.util.LinkedHashSet;
import java.util.Set;

import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;

/**
 * The parts of one Word file that could not be read (a damaged part, an embedded object, a table
 * that would not parse, content nested past the limit), each a partial problem naming the file and
 * the part: the rest is read and audited, and what the lost part could explain is not blamed on the
 * report. The same part lost twice is said once.
 */
final class LostParts {
    /** Content controls, layout tables, hyperlinks and insertions nest a few levels; more only in broken files. */
    private static final int MAX_DEPTH = 24;

    private final String fileName;
    private final Set<Problem> problems = new LinkedHashSet<>();

    LostParts(String fileName) {
        this.fileName = fileName;
    }

    /** A part of the file that is damaged, named by {@code part} (its path in the package, or where it stands). */
    void damaged(String key, Object part) {
        problems.add(DocumentReaders.partialProblem(ProblemKind.DAMAGED, key, fileName, part));
    }

    /**
     * Whether content this deep is past the limit of nesting the readers follow: if so, it is not
     * read, and said to be lost (it may be the report's table).
     */
    boolean tooDeep(int depth) {
        if (depth > MAX_DEPTH) {
            damaged("problem.nestedTooDeep", MAX_DEPTH);
            return true;
        }
        return false;
    }

    /** An object the file embeds (a worksheet, another document): the reader does not read into it. */
    void embeddedObject(String part) {
        problems.add(DocumentReaders.partialProblem(ProblemKind.UNSUPPORTED, "problem.embeddedObject", fileName, part));
    }

    /** The document with a problem for each part lost. */
    RawDocument addTo(RawDocument document) {
        RawDocument result = document;
        for (Problem problem : problems) {
            result = result.withProblem(problem);
        }
        return result;
    }
}
