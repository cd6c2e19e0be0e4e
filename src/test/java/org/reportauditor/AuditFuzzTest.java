package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.testing.ByteMutation;
import org.reportauditor.testing.ReportFiles;

/**
 * Damaged copies of the project's own report fixtures of every kind (PDF, .docx, .doc, HTML, text),
 * audited by {@code check --json} in a child process with a 256 MB heap, as a user would run it. For
 * each: the run ends, stderr holds only the tool's own one-line messages (no stack trace, no library
 * line), every file is in the output, and a report read in part never blames the agency for a
 * missing structure. Seeded: {@code -Dfuzz.seed=S} makes a failing run again; the long run is
 * {@code mvn -B -o test -Dtest=AuditFuzzTest -Dfuzz.mutants=2000}.
 */
class AuditFuzzTest {
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 200);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_207L);
    /** Files per child process: the run is split as a script over a folder would split it. */
    private static final int BATCH = 100;
    /** A guard against a run that never ends, not a measure of speed: the readers bound their work. */
    private static final long HUNG_MINUTES = 10;
    private static final Set<String> STRUCTURE = Set.of("missing-section", "missing-table", "missing-row", "blank-cell");

    @TempDir
    Path dir;

    @Test
    void damagedFilesOfEveryKindAreAuditedCleanly() throws Exception {
        List<Path> originals = new ArrayList<>(ReportFiles.in("corpus", ".pdf", ".docx", ".doc", ".html"));
        originals.addAll(ReportFiles.in("seeds", ".txt"));
        List<Path> mutants = new ArrayList<>();
        java.util.Map<String, Path> madeFrom = new java.util.HashMap<>();
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < MUTANTS; i++) {
            Random random = new Random(SEED + i);
            Path original = originals.get(random.nextInt(originals.size()));
            ByteMutation mutation = ByteMutation.values()[random.nextInt(ByteMutation.values().length)];
            String name = original.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.'));
            Path mutant = dir.resolve(String.format("mutant-%04d-%s%s", i, mutation.name().toLowerCase(), extension));
            Files.write(mutant, mutation.apply(Files.readAllBytes(original), random));
            mutants.add(mutant);
            madeFrom.put(mutant.toString(), original);
            kinds.add(extension);
        }
        assertThat(kinds).contains(".pdf", ".docx", ".doc", ".html", ".txt");

        java.util.Map<Path, Integer> originalCells = new java.util.HashMap<>();
        for (JsonNode report : check(originals).json().path("reports")) {
            originalCells.put(Path.of(report.path("file").asText()), report.path("cells").size());
        }
        int read = 0;
        int pdfs = 0;
        List<String> silentlyChanged = new ArrayList<>();
        for (int from = 0; from < mutants.size(); from += BATCH) {
            List<Path> batch = mutants.subList(from, Math.min(mutants.size(), from + BATCH));
            Run run = check(batch);
            assertThat(run.exitStatus()).as("exit status").isBetween(0, 2);
            for (String line : run.stderr()) {
                assertThat(line).as("stderr line").doesNotContain("\tat ", "Exception", "WARN", "ERROR", "SLF4J")
                        .containsPattern("mutant-\\d{4}");
            }
            JsonNode reports = run.json().path("reports");
            assertThat(reports).as("every file is reported").hasSize(batch.size());
            for (JsonNode report : reports) {
                String what = report.path("file").asText();
                pdfs += what.endsWith(".pdf") ? 1 : 0;
                boolean lostAPart = false;
                for (JsonNode problem : report.path("problems")) {
                    lostAPart |= List.of("damaged", "too-large").contains(problem.path("kind").asText());
                }
                if (report.path("problems").isEmpty()) {
                    read++;
                    // a PDF says when it lost a part; a text, web or Word file cut short cannot be told
                    // from one that says less, and is audited as it is
                    if (what.endsWith(".pdf") && report.path("cells").size() != originalCells.get(madeFrom.get(what))) {
                        silentlyChanged.add(what);
                    }
                }
                if (lostAPart) {
                    for (JsonNode finding : report.path("findings")) {
                        assertThat(STRUCTURE).as("%s lost a page: %s", what, finding.path("message").asText())
                                .doesNotContain(finding.path("rule").asText());
                    }
                }
            }
        }
        // the mutations must leave some files readable, or they test little
        assertThat(read).isPositive();
        // a PDF reads as it was or says what it lost; the one damage it cannot tell yet is a font's
        // character map garbled into other characters (the text then reads, wrongly, without a gap)
        assertThat(silentlyChanged).as("PDFs read differently without a problem, of %d", pdfs)
                .hasSizeLessThanOrEqualTo(Math.max(1, pdfs / 50));
    }

    private record Run(int exitStatus, JsonNode json, List<String> stderr) {
    }

    private Run check(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "--json"));
        files.forEach(f -> command.add(f.toString()));
        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // its log and data folder in the test's own folder, not the user's
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Process process = builder.start();
        if (!process.waitFor(HUNG_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("check did not end within " + HUNG_MINUTES + " minutes on " + files);
        }
        List<String> stderr = Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        return new Run(process.exitValue(), new ObjectMapper().readTree(out.toFile()), stderr);
    }
}
