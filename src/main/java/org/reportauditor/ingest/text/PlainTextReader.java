package org.reportauditor.ingest.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.reportauditor.ingest.DocumentReader;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextDecoding;
import org.reportauditor.model.DocumentKind;
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
        String name = String.valueOf(file.getFileName());
        if (Files.size(file) > MAX_BYTES) {
            return RawDocument.failed(file, DocumentKind.TEXT,
                    DocumentReaders.problem(ProblemKind.UNSUPPORTED, "problem.unsupported", name, "TXT > 64 MB"));
        }
        String text = TextDecoding.decode(Files.readAllBytes(file)).text();
        if (text.isBlank()) {
            return RawDocument.failed(file, DocumentKind.TEXT,
                    DocumentReaders.problem(ProblemKind.EMPTY, "problem.empty", name));
        }
        return new RawDocument(file, DocumentKind.TEXT, TextTableParser.parse(text), text, java.util.List.of());
    }
}
