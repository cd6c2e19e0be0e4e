package org.reportauditor.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one kind of file into a {@link RawDocument}. A reader reports what it cannot read as
 * problems of the document; it throws only for failures it did not foresee, which
 * {@link DocumentReaders} turns into a "damaged" problem.
 */
public interface DocumentReader {

    RawDocument read(Path file, ReadOptions options) throws IOException;
}
