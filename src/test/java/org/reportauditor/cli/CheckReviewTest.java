package org.reportauditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.Main;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.Auditor;
import org.reportauditor.audit.FileDigest;
import org.reportauditor.model.AddedFinding;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;

/** {@code check} applies the audit file beside a report as {@code spec/review.md} says. */
class CheckReviewTest {
    private static final Auditor AUDITOR = Main.auditor();
    private static final String PARTIAL_TOTAL = "row-total:applications/partially_disclosed/total";
    private static final String NOT_HELD_TOTAL = "row-total:applications/unavailable.not_held/total";

    @TempDir
    Path dir;
    private Path report;
    private AuditFiles auditFiles;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheBeijingReport() throws Exception {
        report = dir.resolve("2020年报.txt");
        try (var in = CheckReviewTest.class.getResourceAsStream("/reports/seeds/003_4fb9745642b3cd23.txt")) {
            Files.copy(in, report);
        }
        auditFiles = new AuditFiles(dir.resolve("data"));
    }

    private int check(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.add(report.toString());
        return CheckCommand.run(() -> AUDITOR, files -> { }, auditFiles, all.toArray(String[]::new), out, err);
    }

    private JsonNode onlyReport() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("reports").get(0);
    }

    private JsonNode finding(JsonNode r, String id) {
        for (JsonNode f : r.get("findings")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        return null;
    }

    private Review review() {
        return Review.empty(report.getFileName().toString(), FileDigest.sha256(report));
    }

    private static ReviewState state(ReviewStatus status, String comment) {
        return new ReviewState(status, comment, "王敏", Instant.parse("2026-12-06T09:15:02Z"));
    }

    @Test
    void withoutAnAuditFileEveryFindingHasItsIdAndNoReview() throws Exception {
        assertThat(check("--json")).isEqualTo(CheckCommand.ERRORS_FOUND);
        JsonNode r = onlyReport();
        assertThat(finding(r, PARTIAL_TOTAL)).isNotNull();
        assertThat(finding(r, PARTIAL_TOTAL).has("review")).isFalse();
        assertThat(r.has("review_file")).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void idsDoNotChangeWithTheLanguage() throws Exception {
        check("--json");
        List<String> chinese = new ArrayList<>();
        onlyReport().get("findings").forEach(f -> chinese.add(f.get("id").asText()));
        check("--json", "--lang", "en");
        List<String> english = new ArrayList<>();
        onlyReport().get("findings").forEach(f -> english.add(f.get("id").asText()));
        assertThat(english).isEqualTo(chinese).doesNotHaveDuplicates().contains(PARTIAL_TOTAL, NOT_HELD_TOTAL);
    }

    @Test
    void decisionsCorrectionsAndOwnFindingsAreApplied() throws Exception {
        Review review = review()
                .decide(PARTIAL_TOTAL, state(ReviewStatus.DISMISSED, "原件如此"))
                .decide(NOT_HELD_TOTAL, state(ReviewStatus.CONFIRMED, ""))
                .correct(new Correction(CellAddress.parse("applications/unavailable.not_held/total"), "49",
                        new BigDecimal(50), "原件印 50", "王敏", Instant.parse("2026-12-06T09:12:00Z"), null))
                .add(new AddedFinding("manual-1", Severity.WARNING, "表四无说明文字",
                        List.of(CellAddress.parse("reviews/review/total")), null, null, "王敏",
                        Instant.parse("2026-12-06T09:20:31Z"), null));
        Path saved = auditFiles.save(report, review);
        assertThat(saved).isEqualTo(dir.resolve("2020年报.txt.audit.json"));

        // the one error left is dismissed: no standing error
        assertThat(check("--json")).isEqualTo(CheckCommand.OK);
        JsonNode r = onlyReport();
        assertThat(finding(r, PARTIAL_TOTAL).get("review").get("status").asText()).isEqualTo("dismissed");
        assertThat(finding(r, PARTIAL_TOTAL).get("review").get("comment").asText()).isEqualTo("原件如此");
        assertThat(finding(r, NOT_HELD_TOTAL)).as("its cell corrected, the finding goes").isNull();
        JsonNode cell = r.get("cells").get("applications/unavailable.not_held/total");
        assertThat(cell.get("value").asInt()).isEqualTo(50);
        assertThat(cell.get("correction").get("printed").asText()).isEqualTo("49");
        assertThat(cell.get("correction").get("note").asText()).isEqualTo("原件印 50");
        JsonNode manual = finding(r, "manual-1");
        assertThat(manual.get("rule").asText()).isEqualTo("manual");
        assertThat(manual.get("severity").asText()).isEqualTo("warning");
        assertThat(manual.get("review").get("status").asText()).isEqualTo("open");
        assertThat(r.get("orphaned_decisions")).hasSize(1);
        assertThat(r.get("orphaned_decisions").get(0).get("finding").asText()).isEqualTo(NOT_HELD_TOTAL);
        assertThat(r.get("review_file").asText()).isEqualTo(saved.toString());
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("已应用审核记录：" + saved);
        for (JsonNode f : r.get("findings")) {
            assertThat(f.has("review")).as(f.get("id").asText()).isTrue();
        }

        // --no-review: as without the file
        assertThat(check("--json", "--no-review")).isEqualTo(CheckCommand.ERRORS_FOUND);
        assertThat(onlyReport().has("review_file")).isFalse();
        assertThat(finding(onlyReport(), NOT_HELD_TOTAL)).isNotNull();
    }

    @Test
    void aReadOnlyFolderKeepsTheAuditFileInTheDataFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("readonly"));
        Path kept = Files.move(report, folder.resolve(report.getFileName()));
        folder.toFile().setWritable(false);
        try {
            // root ignores permissions: there the folder stays writable and the case cannot be made
            Assumptions.assumeFalse(Files.isWritable(folder), "the folder cannot be made read-only here");
            Review review = Review.empty(kept.getFileName().toString(), FileDigest.sha256(kept))
                    .decide(PARTIAL_TOTAL, state(ReviewStatus.DISMISSED, ""));
            Path saved = auditFiles.save(kept, review);
            assertThat(saved).startsWith(dir.resolve("data"));
            assertThat(auditFiles.existing(kept, FileDigest.sha256(kept))).contains(saved);
        } finally {
            folder.toFile().setWritable(true);
        }
    }

    @Test
    void anUnreadableAuditFileIsSaidAndIgnored() throws Exception {
        Files.writeString(AuditFiles.beside(report), "{ not json");
        assertThat(check("--json")).isEqualTo(CheckCommand.ERRORS_FOUND);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("无法读取").contains(".audit.json")
                .doesNotContain("Exception");
    }
}
