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
import org.reportauditor.testing.ByteMutation;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.model.DocumentKind;

/**
 * Damaged PDFs of every kind (flipped bytes, cut short, garbage inserted, blocks wiped) never make
 * the reader throw or hang: each read ends with a document or a problem. The mutants
 * are read two at a time; each is made from its own seed, so a failing one can be made again.
 */
class PdfFuzzTest {
    private static final int MUTANTS = 1500;
    private static final long SEED = 20_241_201L;
    /**
     * How long to wait for a read before taking it for hung (it may wait for the other thread): a
     * guard against a read that never ends, not a measure of speed, which the readers bound by work.
     */
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
    private record Outcome(int mutant, ByteMutation mutation, RawDocument document) {
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
        ByteMutation mutation = ByteMutation.values()[random.nextInt(ByteMutation.values().length)];
        Path file = dir.resolve("mutant-" + mutant + ".pdf");
        Files.write(file, mutation.apply(original, random));
        RawDocument document = readers.read(file);
        Files.delete(file);
        return new Outcome(mutant, mutation, document);
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
}
