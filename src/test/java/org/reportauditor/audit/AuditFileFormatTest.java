package org.reportauditor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewStatus;

class AuditFileFormatTest {
    /** The example of spec/review.md, with fields of a newer version at every level. */
    private static final String EXAMPLE = """
            {
              "format": "report-auditor/audit",
              "version": 1,
              "report": { "file": "2020年报.pdf", "sha256": "9f2c", "pages": 12 },
              "decisions": [
                { "finding": "row-total:applications/partially_disclosed/total", "status": "confirmed",
                  "comment": "已与经办人核实", "reviewer": "王敏", "time": "2026-12-06T09:15:02Z", "weight": [1, {"a": null}],
                  "history": [ { "status": "open", "comment": "", "reviewer": "王敏", "time": "2026-12-06T09:10:40Z" } ] }
              ],
              "corrections": [
                { "cell": "applications/partially_disclosed/total", "printed": "78", "value": 63,
                  "note": "原件此处印 63，识别有误", "reviewer": "王敏", "time": "2026-12-06T09:12:00Z", "ocr": 0.4 }
              ],
              "added": [
                { "id": "manual-1", "severity": "warning", "comment": "表四无说明文字",
                  "cells": ["reviews/review/total"], "quote": null,
                  "source": { "page": 4, "box": [72.0, 510.5, 220.0, 40.0] },
                  "reviewer": "王敏", "time": "2026-12-06T09:20:31Z", "colour": "teal" }
              ],
              "signature": { "by": "王敏", "at": "2026-12-06" }
            }
            """;

    private final AuditFileFormat format = new AuditFileFormat();

    private AuditFileFormat.Read read(String json) throws IOException {
        return format.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String written(Review review) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(review, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldAndEveryUnknownOneRoundTrips() throws IOException {
        Review review = read(EXAMPLE).review();
        assertThat(review.decisions()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(ReviewStatus.CONFIRMED);
            assertThat(d.history()).singleElement().extracting(s -> s.status()).isEqualTo(ReviewStatus.OPEN);
        });
        assertThat(review.corrections().get(0).value()).isEqualByComparingTo("63");
        assertThat(review.added().get(0).source()).isNotNull();

        ObjectMapper json = new ObjectMapper();
        JsonNode original = json.readTree(EXAMPLE);
        JsonNode again = json.readTree(written(review));
        assertThat(again).isEqualTo(original);
        assertThat(read(written(review)).review()).isEqualTo(review);
    }

    @Test
    void aNewerVersionIsReadOnly() throws IOException {
        assertThat(read(EXAMPLE).newer()).isFalse();
        assertThat(read(EXAMPLE.replace("\"version\": 1", "\"version\": 2")).newer()).isTrue();
    }

    @Test
    void somethingElseIsRefusedWithAMessage() {
        assertThatThrownBy(() -> read("{\"format\": \"other\"}")).isInstanceOf(AuditFileFormat.MalformedAuditFile.class);
        assertThatThrownBy(() -> read("[1, 2")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("{".repeat(10_000))).isInstanceOf(IOException.class);
    }

    @Test
    void aFailedWriteLeavesTheOldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.pdf.audit.json");
        Files.writeString(file, EXAMPLE);
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("{\"format\"".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");
        assertThat(Files.readString(file)).isEqualTo(EXAMPLE);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    /** A real process killed (SIGKILL) while it saves in a loop always leaves a complete audit file. */
    @Test
    void aKilledSaverLeavesAPreviousCompleteFile(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("r.txt"), "x");
        Path auditFile = AuditFiles.beside(report);
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 5; round++) {
            Process saver = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SavingLoop.class.getName(), report.toString())
                    .redirectErrorStream(true).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(auditFile) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(50 + random.nextInt(300));
            saver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Review review = new AuditFiles(dir).load(auditFile).review();
            assertThat(review.decisions()).isNotEmpty();
        }
        List<Path> left = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(f -> !f.equals(report) && !f.equals(auditFile)).forEach(left::add);
        }
        // a temporary file of a killed save may remain; never a damaged audit file
        assertThat(left).allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".tmp"));
    }
}
