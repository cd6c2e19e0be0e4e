package org.reportauditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.Main;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.Auditor;

/**
 * {@code check --json} against its contract, {@code spec/cli.md}, field by field: what scripts
 * outside the project read. A PDF, a Word file and a damaged file, in the order given.
 */
class JsonContractTest {
    private static final Auditor AUDITOR = Main.auditor();
    private static final Set<String> REPORT_FIELDS = Set.of("file", "agency", "year", "version", "cells", "findings",
            "problems");
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = JsonContractTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyFieldIsThereWithItsTypeInTheOrderTheFilesWereGiven() throws IOException {
        Path pdf = copy("/reports/corpus/003_4fb9745642b3cd23.pdf", "北京.pdf");
        Path docx = copy("/reports/corpus/000_e778331bfbf8b1ad.docx", "开封.docx");
        Path damaged = copy("/reports/bad/truncated.pdf", "损坏.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckCommand.run(() -> AUDITOR, files -> { }, new AuditFiles(dir.resolve("data")),
                new String[] {"--json", pdf.toString(), docx.toString(), damaged.toString()}, out, err);

        assertThat(status).as("a file that could not be read at all").isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(names(root)).containsExactly("reports");
        JsonNode reports = root.get("reports");
        assertThat(reports).extracting(r -> r.get("file").asText())
                .containsExactly(pdf.toString(), docx.toString(), damaged.toString());

        for (JsonNode report : reports) {
            assertThat(names(report)).containsAll(REPORT_FIELDS);
            assertThat(report.get("cells").isObject()).isTrue();
            assertThat(report.get("findings").isArray()).isTrue();
            assertThat(report.get("problems").isArray()).isTrue();
        }

        JsonNode beijing = reports.get(0);
        assertThat(beijing.get("agency").asText()).isEqualTo("北京市卫生健康委员会");
        assertThat(beijing.get("year").isInt()).isTrue();
        assertThat(beijing.get("year").asInt()).isEqualTo(2020);
        assertThat(beijing.get("version").isTextual()).isTrue();
        assertThat(beijing.get("version").asText()).isEqualTo("2019");
        JsonNode cell = beijing.get("cells").get("applications/partially_disclosed/total");
        assertThat(cell.get("value").isNumber()).isTrue();
        assertThat(cell.get("value").asInt()).isEqualTo(78);
        assertThat(cell.get("text").asText()).isEqualTo("78");
        assertThat(cell.get("source").get("page").isInt()).isTrue();
        assertThat(cell.get("source").get("box")).hasSize(4).allSatisfy(v -> assertThat(v.isNumber()).isTrue());
        JsonNode finding = null;
        for (JsonNode f : beijing.get("findings")) {
            assertThat(names(f).get(0)).as("id comes first").isEqualTo("id");
            assertThat(SEVERITIES).contains(f.get("severity").asText());
            assertThat(f.get("rule").isTextual()).isTrue();
            assertThat(f.get("cells").isArray()).isTrue();
            assertThat(f.get("message").isTextual()).isTrue();
            if (f.get("id").asText().equals("row-total:applications/partially_disclosed/total")) {
                finding = f;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.get("rule").asText()).isEqualTo("row-total");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("suspects")).extracting(JsonNode::asText)
                .containsExactly("applications/partially_disclosed/total");
        assertThat(finding.get("expected").asInt()).isEqualTo(63);
        assertThat(finding.get("actual").asInt()).isEqualTo(78);
        assertThat(finding.has("alternatives")).as("without a tie, alternatives is absent").isFalse();
        assertThat(finding.get("source").get("page").asInt()).isEqualTo(cell.get("source").get("page").asInt());
        assertThat(beijing.get("problems")).isEmpty();

        // a Word table cell says where it stands in its own table
        JsonNode wordCell = reports.get(1).get("cells").get("applications/new_received/total");
        assertThat(names(wordCell.get("source"))).containsExactly("offset", "length", "table", "row", "col");

        JsonNode bad = reports.get(2);
        assertThat(bad.get("problems")).singleElement().satisfies(p -> {
            assertThat(names(p)).containsExactly("kind", "message");
            assertThat(p.get("kind").asText()).isEqualTo("damaged");
            assertThat(p.get("message").asText()).contains("损坏.pdf");
        });
        assertThat(bad.get("findings")).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).singleElement().asString().contains("损坏.pdf");
    }
}
