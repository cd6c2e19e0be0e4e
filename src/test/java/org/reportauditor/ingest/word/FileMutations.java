package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;

/** Damages files the ways that bit rot, truncated downloads and hostile authors do, for fuzz tests. */
public final class FileMutations {
    /** A guard against a read that never ends, not a measure of speed: the readers bound their work. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final Random random;

    public FileMutations(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** Sets a few random bytes to random values. */
    public byte[] flipBytes(byte[] data, int maxFlips) {
        byte[] copy = data.clone();
        int flips = 1 + random.nextInt(maxFlips);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    public byte[] truncate(byte[] data) {
        return Arrays.copyOf(data, data.length == 0 ? 0 : random.nextInt(data.length));
    }

    /** Deletes or repeats a random range. */
    public byte[] cutOrRepeat(byte[] data) {
        if (data.length < 2) {
            return data;
        }
        int start = random.nextInt(data.length);
        int end = Math.min(data.length, start + 1 + random.nextInt(Math.max(1, data.length / 10)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, end);
        if (random.nextBoolean()) {
            for (int i = 0, times = 1 + random.nextInt(20); i < times; i++) {
                out.write(data, start, end - start);
            }
        }
        out.write(data, end, data.length - end);
        return out.toByteArray();
    }

    /** Inserts one of {@code snippets}, repeated, before a random {@code <} of a markup text. */
    public byte[] insertMarkup(byte[] data, List<String> snippets) {
        String text = new String(data, StandardCharsets.UTF_8);
        int at = text.indexOf('<', random.nextInt(Math.max(1, text.length())));
        at = at < 0 ? text.length() : at;
        String snippet = snippets.get(random.nextInt(snippets.size())).repeat(1 + random.nextInt(random.nextBoolean() ? 3 : 300));
        return (text.substring(0, at) + snippet + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Some mutation of markup: bytes, ranges or inserted markup. */
    public byte[] mutateMarkup(byte[] data, List<String> snippets) {
        return switch (random.nextInt(4)) {
            case 0 -> flipBytes(data, 40);
            case 1 -> cutOrRepeat(data);
            default -> insertMarkup(data, snippets);
        };
    }

    /** Rewrites a zip file with the entry {@code name} changed by {@code mutation}. */
    public static byte[] mutateZipEntry(byte[] zip, String name, UnaryOperator<byte[]> mutation) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? mutation.apply(content) : content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a damaged file through the dispatcher: it must come back, never hang, as a document or a
     * problem. Returns the document.
     */
    public static RawDocument assertReadsSafely(DocumentReaders readers, Path file, byte[] content, String what)
            throws IOException {
        Files.write(file, content);
        RawDocument[] read = new RawDocument[1];
        assertThatCode(() -> read[0] = assertTimeoutPreemptively(HANG_GUARD, () -> readers.read(file), what))
                .as(what).doesNotThrowAnyException();
        assertThat(read[0]).as(what).isNotNull();
        return read[0];
    }

    /**
     * Whether the reader itself failed and the dispatcher's catch-all answered instead: its message
     * names the kind of file ({@code DOCX}) where readers name the format ({@code Word}).
     */
    public static boolean escapedTheReader(RawDocument document) {
        return document.problems().stream().anyMatch(problem -> problem.message().key().equals("problem.damaged")
                && document.kind() != null && problem.message().args().contains(document.kind().name()));
    }
}
