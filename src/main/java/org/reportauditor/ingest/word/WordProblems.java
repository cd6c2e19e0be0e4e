package org.reportauditor.ingest.word;

import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;

/** The problems the Word readers report, each naming the file as the user knows it. */
final class WordProblems {
    static final String FORMAT_NAME = "Word";
    private static final long MEGABYTE = 1024 * 1024;

    private WordProblems() {
    }

    static Problem damaged(String name) {
        return DocumentReaders.problem(ProblemKind.DAMAGED, "problem.damaged", name, FORMAT_NAME);
    }

    static Problem encrypted(String name) {
        return DocumentReaders.problem(ProblemKind.ENCRYPTED, "problem.encrypted", name);
    }

    static Problem wrongPassword(String name) {
        return DocumentReaders.problem(ProblemKind.ENCRYPTED, "problem.wrongPassword", name);
    }

    /** The file is another format ("Excel", "OpenDocument") that this reader does not read. */
    static Problem unsupported(String name, String format) {
        return DocumentReaders.problem(ProblemKind.UNSUPPORTED, "problem.unsupported", name, format);
    }

    static Problem tooManyEntries(String name, long entries, long maxEntries) {
        return DocumentReaders.problem(ProblemKind.TOO_LARGE, "problem.zipTooManyEntries", name, entries, maxEntries);
    }

    /** An entry of the package inflates past the ratio a real document keeps: a decompression bomb. */
    static Problem zipBomb(String name, String entry, long times) {
        return DocumentReaders.problem(ProblemKind.TOO_LARGE, "problem.zipBomb", name, entry, times);
    }

    static Problem contentTooLarge(String name, long maxBytes) {
        return DocumentReaders.problem(ProblemKind.TOO_LARGE, "problem.contentTooLarge", name, maxBytes / MEGABYTE);
    }
}
