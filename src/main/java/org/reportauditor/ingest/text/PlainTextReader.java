package org.reportauditor.ingest.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
    /**
     * A text report is a few dozen kilobytes; past this its decoded text and parsed lines would no
     * longer fit the memory the tool runs in (256 MB).
     */
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public PlainTextReader() {
        this(MAX_BYTES);
    }

    /** A reader that reads no more than the first {@code maxBytes} of a file. */
    public PlainTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public RawDocument read(Path file, ReadOptions options) throws IOException {
        DocumentReaders.BytesRead read = DocumentReaders.readUpTo(file, maxBytes);
        String text = TextDecoding.decode(read.bytes()).text();
        if (text.isBlank()) {
            return RawDocument.failed(file, DocumentKind.TEXT,
                    DocumentReaders.problem(ProblemKind.EMPTY, "problem.empty", DocumentReaders.nameOf(file)));
        }
        RawDocument document = new RawDocument(file, DocumentKind.TEXT, TextTableParser.parse(text), text, List.of());
        return read.cut().map(document::withProblem).orElse(document);
    }
}
