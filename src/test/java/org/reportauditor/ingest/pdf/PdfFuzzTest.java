package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * the reader throw or hang: each read ends within seconds with a document or a problem. The mutants
 * are read two at a time; each is made from its own seed, so a failing one can be made again.
 */
class PdfFuzzTest {
    private static final int MUTANTS = 1500;
    private static final long SEED = 20_241_201L;
    private static final Duration LONGEST_READ = Duration.ofSeconds(5);
    /** How long to wait for a read before taking it for hung (it may wait for the other thread). */
    private static final long HUNG_SECONDS = 60;

    private static ExecutorService executor;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "pdf-fuzz");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    /** What one read of a mutant gave. */
    private record Outcome(int mutant, Mutation mutation, RawDocument document, Duration took) {
    }

    @Test
    void mutatedCorpusPdfsComeBackAsDocumentsOrProblems(@TempDir Path dir) throws Exception {
        DocumentReaders readers = new DocumentReaders(Map.of(DocumentKind.PDF, new PdfDocumentReader()));
        List<byte[]> originals = new ArrayList<>();
        for (Path pdf : ReportFixtures.reportPdfs()) {
            originals.add(Files.readAllBytes(pdf));
        }
        List<Future<Outcome>> reads = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            int mutant = i;
            reads.add(executor.submit(() -> readMutant(readers, originals, mutant, dir)));
        }
        int documents = 0;
        int problems = 0;
        for (Future<Outcome> read : reads) {
            Outcome outcome = outcome(read);
            String what = "mutant " + outcome.mutant() + " (" + outcome.mutation() + ")";
            assertThat(outcome.took()).as(what).isLessThan(LONGEST_READ);
            if (outcome.document().problems().isEmpty()) {
                assertThat(outcome.document().blocks()).as(what).isNotEmpty();
                documents++;
            } else {
                problems++;
            }
        }
        // the mutations must both break files and leave some readable, or they test little
        assertThat(documents).isPositive();
        assertThat(problems).isPositive();
    }

    private static Outcome readMutant(DocumentReaders readers, List<byte[]> originals, int mutant, Path dir)
            throws IOException {
        Random random = new Random(SEED + mutant);
        byte[] original = originals.get(random.nextInt(originals.size()));
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        Path file = dir.resolve("mutant-" + mutant + ".pdf");
        Files.write(file, mutation.apply(original, random));
        long start = System.nanoTime();
        RawDocument document = readers.read(file);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Files.delete(file);
        return new Outcome(mutant, mutation, document, took);
    }

    private static Outcome outcome(Future<Outcome> read) throws InterruptedException {
        try {
            return read.get(HUNG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail("a read did not end within %d s", HUNG_SECONDS);
        } catch (ExecutionException e) {
            return fail("a read threw", e.getCause());
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
                return Arrays.copyOf(original, 1 + random.nextInt(original.length - 1));
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
                Arrays.fill(copy, at, Math.min(copy.length, at + 1 + random.nextInt(4096)), (byte) 0);
                return copy;
            }
        };

        abstract byte[] apply(byte[] original, Random random);
    }
}
