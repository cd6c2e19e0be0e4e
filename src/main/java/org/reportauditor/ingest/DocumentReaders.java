package org.reportauditor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;
import org.slf4j.LoggerFactory;

/**
 * The one entry to reading: tells a file's kind from its content and hands it to the reader of
 * that kind. Whatever goes wrong comes back as a {@link Problem} naming the file; nothing escapes.
 */
public final class DocumentReaders {
    private static final long MEGABYTE = 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    private final Map<DocumentKind, Supplier<DocumentReader>> makers;
    private final Map<DocumentKind, DocumentReader> readers = new ConcurrentHashMap<>();

    public DocumentReaders(Map<DocumentKind, DocumentReader> readers) {
        this.makers = new EnumMap<>(DocumentKind.class);
        readers.forEach((kind, reader) -> makers.put(kind, () -> reader));
    }

    private DocumentReaders(EnumMap<DocumentKind, Supplier<DocumentReader>> makers) {
        this.makers = makers;
    }

    /**
     * Readers made when a file of their kind first comes: a PDF reader loads PDFBox, a Word reader
     * POI, and a process that audits one text file needs neither.
     */
    public static DocumentReaders lazy(Map<DocumentKind, Supplier<DocumentReader>> makers) {
        return new DocumentReaders(new EnumMap<>(makers));
    }

    public RawDocument read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    public RawDocument read(Path file, ReadOptions options) {
        String name = nameOf(file);
        byte[] head;
        try {
            if (Files.isDirectory(file)) {
                return RawDocument.failed(file, null, problem(ProblemKind.UNSUPPORTED, "problem.directory", name));
            }
            if (Files.size(file) == 0) {
                return RawDocument.failed(file, null, problem(ProblemKind.EMPTY, "problem.empty", name));
            }
            head = readHead(file);
        } catch (NoSuchFileException e) {
            return RawDocument.failed(file, null, problem(ProblemKind.NOT_FOUND, "problem.notFound", name));
        } catch (IOException e) {
            return RawDocument.failed(file, null, problem(ProblemKind.DAMAGED, "problem.io", name, e.getMessage()));
        }
        if (FileKind.isRtf(head)) {
            return RawDocument.failed(file, null, problem(ProblemKind.UNSUPPORTED, "problem.unsupported", name, "RTF"));
        }
        Optional<DocumentKind> kind = FileKind.sniff(head);
        if (kind.isEmpty()) {
            return RawDocument.failed(file, null, problem(ProblemKind.DAMAGED, "problem.unknownContent", name));
        }
        DocumentReader reader = makers.containsKey(kind.get())
                ? readers.computeIfAbsent(kind.get(), k -> makers.get(k).get()) : null;
        if (reader == null) {
            return RawDocument.failed(file, kind.get(),
                    problem(ProblemKind.UNSUPPORTED, "problem.unsupported", name, kind.get().formatName()));
        }
        try {
            return reader.read(file, options);
        } catch (IOException | RuntimeException e) {
            // a damaged file can break a library in ways nobody foresees; the user gets a clear problem.
            // Memory and stack are not caught but kept to: each reader bounds what a file can make it do
            LoggerFactory.getLogger(DocumentReaders.class).warn("Could not read {}", file, e);
            return RawDocument.failed(file, kind.get(), problem(ProblemKind.DAMAGED, "problem.damaged", name,
                    kind.get().formatName()));
        }
    }

    /**
     * What kind of document the file's first bytes say it is; empty for a file that cannot be read
     * or is of no kind a reader reads.
     */
    public static Optional<DocumentKind> kindOf(Path file) {
        try {
            byte[] head = readHead(file);
            return head.length == 0 || FileKind.isRtf(head) ? Optional.empty() : FileKind.sniff(head);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /** A problem whose message names the file. */
    public static Problem problem(ProblemKind kind, String key, Object... args) {
        return new Problem(kind, Text.of(key, args));
    }

    /** A part of the file that could not be read, the rest being read. */
    public static Problem partialProblem(ProblemKind kind, String key, Object... args) {
        return Problem.partial(kind, Text.of(key, args));
    }

    /** The file's name as messages give it: its last part, or the whole path where it has none. */
    public static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A problem when the file is larger than {@code maxBytes}: reading it would exhaust the memory. */
    public static Optional<Problem> sizeOver(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        return size <= maxBytes ? Optional.empty() : Optional.of(problem(ProblemKind.TOO_LARGE,
                "problem.fileTooLarge", nameOf(file), size / MEGABYTE, maxBytes / MEGABYTE));
    }

    /**
     * The first {@code maxBytes} of a file that is read as a whole (a text, a web page): one larger is
     * read that far and audited on what it holds, the rest being a part not read.
     */
    public static BytesRead readUpTo(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size <= maxBytes) {
            return new BytesRead(Files.readAllBytes(file), Optional.empty());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new BytesRead(in.readNBytes((int) maxBytes), Optional.of(partialProblem(ProblemKind.TOO_LARGE,
                    "problem.readInPart", nameOf(file), size / MEGABYTE, maxBytes / MEGABYTE)));
        }
    }

    /** The bytes of a file read up to a limit, and the problem of the part past it, if any. */
    public record BytesRead(byte[] bytes, Optional<Problem> cut) {
    }
}
