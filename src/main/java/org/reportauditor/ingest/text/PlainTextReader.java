package org.reportauditor.ingest.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextDecoding;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;

/**
 * Reads a plain-text report in whatever encoding it was saved (UTF-8 with or without BOM,
 * UTF-16, GB18030/GBK). Sources are character offsets into the decoded text.
 */
public final class PlainTextReader implements DocumentReader {
    /** A text report is a few dozen kilobytes; anything far beyond is not one. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        Optional<Problem> tooLarge = DocumentReaders.sizeOver(file, MAX_BYTES);
        if (tooLarge.isPresent()) {
            return RawDocument.failed(file, DocumentKind.TEXT, tooLarge.get());
        }
        String text = TextDecoding.decode(Files.readAllBytes(file)).text();
        if (text.isBlank()) {
            return RawDocument.failed(file, DocumentKind.TEXT,
                    DocumentReaders.problem(ProblemKind.EMPTY, "problem.empty", DocumentReaders.nameOf(file)));
        }
        return new RawDocument(file, DocumentKind.TEXT, TextTableParser.parse(text), text, List.of());
    }
}
