package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.model.DocumentKind;

/**
 * Damaged PDFs of every kind (flipped bytes, cut short, garbage inserted, blocks wiped) never make
 * the reader throw or hang: each read ends within seconds with a document or a problem.
 */
class PdfFuzzTest {
    private static final int MUTANTS = 2000;
    private static final long SEED = 20_241_201L;
    private static final int SECONDS_PER_READ = 5;

    private static ExecutorService executor;
    private static Thread reading;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            reading = new Thread(runnable, "pdf-fuzz");
            reading.setDaemon(true);
            return reading;
        });
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void mutatedCorpusPdfsComeBackAsDocumentsOrProblems(@TempDir Path dir) throws IOException {
        DocumentReaders readers = new DocumentReaders(Map.of(DocumentKind.PDF, new PdfDocumentReader()));
        List<byte[]> originals = new ArrayList<>();
        for (Path pdf : ReportFixtures.reportPdfs()) {
            originals.add(Files.readAllBytes(pdf));
        }
        Random random = new Random(SEED);
        int documents = 0;
        int problems = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            Path mutant = dir.resolve("mutant-" + i + ".pdf");
            Files.write(mutant, mutation.apply(original, random));
            RawDocument document = readWithin(readers, mutant, "mutant " + i + " (" + mutation + ")");
            assertThat(document).as("mutant %d (%s)", i, mutation).isNotNull();
            if (document.problems().isEmpty()) {
                assertThat(document.blocks()).as("mutant %d (%s)", i, mutation).isNotEmpty();
                documents++;
            } else {
                problems++;
            }
            Files.delete(mutant);
        }
        // the mutations must both break files and leave some readable, or they test little
        assertThat(documents).isPositive();
        assertThat(problems).isPositive();
    }

    private static RawDocument readWithin(DocumentReaders readers, Path file, String what) {
        Future<RawDocument> read = executor.submit(() -> readers.read(file));
        try {
            return read.get(SECONDS_PER_READ, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement frame : reading.getStackTrace()) {
                stack.append("\n  at ").append(frame);
            }
            read.cancel(true);
            return fail("%s took longer than %d s; it was at%s", what, SECONDS_PER_READ, stack);
        } catch (ExecutionException e) {
            return fail(what + " threw", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Ways a file gets damaged. */
    private enum Mutation {
        FLIP_BYTES {
            @Override
            byte[] apply(byte[] original, Random random) {
                byte[] copy = original.clone();
                for (int n = 1 + random.nextInt(20); n > 0; n--) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return copy;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] original, Random random) {
                return java.util.Arrays.copyOf(original, 1 + random.nextInt(original.length - 1));
            }
        },
        INSERT_GARBAGE {
            @Override
            byte[] apply(byte[] original, Random random) {
                byte[] garbage = new byte[1 + random.nextInt(512)];
                random.nextBytes(garbage);
                int at = random.nextInt(original.length);
                byte[] copy = new byte[original.length + garbage.length];
                System.arraycopy(original, 0, copy, 0, at);
                System.arraycopy(garbage, 0, copy, at, garbage.length);
                System.arraycopy(original, at, copy, at + garbage.length, original.length - at);
                return copy;
            }
        },
        WIPE_BLOCK {
            @Override
            byte[] apply(byte[] original, Random random) {
                byte[] copy = original.clone();
                int at = random.nextInt(copy.length);
                java.util.Arrays.fill(copy, at, Math.min(copy.length, at + 1 + random.nextInt(4096)), (byte) 0);
                return copy;
            }
        };

        abstract byte[] apply(byte[] original, Random random);
    }
}
