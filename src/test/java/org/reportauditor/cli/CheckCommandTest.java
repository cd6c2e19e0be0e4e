package org.reportauditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.reportauditor.Main;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.Auditor;

/** {@code check} as scripts use it: its JSON (spec/cli.md), its exit status, its languages. */
class CheckCommandTest {
    private static final Auditor AUDITOR = Main.auditor();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int check(String... args) {
        return CheckCommand.run(() -> AUDITOR, args, out, err);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static String fixture(String path) throws URISyntaxException {
        return Path.of(CheckCommandTest.class.getResource("/reports/" + path).toURI()).toString();
    }

    @Test
    void aReportWithErrorsGivesItsCellsAndLocalisedFindingsAndExitsOne() throws Exception {
        String beijing = fixture("seeds/003_4fb9745642b3cd23.txt");
        assertThat(check("--json", beijing)).isEqualTo(CheckCommand.ERRORS_FOUND);
        JsonNode report = json().path("reports").get(0);
        assertThat(report.path("file").asText()).isEqualTo(beijing);
        assertThat(report.path("agency").asText()).isEqualTo("北京市卫生健康委员会");
        assertThat(report.path("year").asInt()).isEqualTo(2020);
        assertThat(report.path("version").asText()).isEqualTo("2019");
        JsonNode cell = report.path("cells").path("applications/partially_disclosed/total");
        assertThat(cell.path("value").asInt()).isEqualTo(78);
        assertThat(cell.path("text").asText()).isEqualTo("78");
        assertThat(cell.path("source").path("length").asInt()).isEqualTo(2);
        JsonNode finding = report.path("findings").get(0);
        assertThat(finding.path("rule").asText()).isEqualTo("row-total");
        assertThat(finding.path("severity").asText()).isEqualTo("error");
        assertThat(finding.path("suspects").get(0).asText()).isEqualTo("applications/partially_disclosed/total");
        assertThat(finding.path("expected").asInt()).isEqualTo(63);
        assertThat(finding.path("actual").asInt()).isEqualTo(78);
        assertThat(finding.path("cells").size()).isEqualTo(7);
        assertThat(finding.path("message").asText()).contains("部分公开", "78", "63");
        assertThat(finding.has("alternatives")).isFalse();
        assertThat(report.path("problems").size()).isZero();
    }

    @Test
    void aConsistentReportExitsZero() throws Exception {
        assertThat(check("--json", fixture("seeds/004_32ee79c535f7b1d7.txt"))).isEqualTo(CheckCommand.OK);
        assertThat(json().path("reports").get(0).path("findings").size()).isZero();
    }

    @Test
    void anUnreadableFileIsReportedWithItsProblemAndTheOthersAreStillAudited() throws Exception {
        String empty = fixture("bad/empty.txt");
        assertThat(check("--json", empty, fixture("seeds/003_4fb9745642b3cd23.txt"), dir.resolve("nope.pdf").toString()))
                .isEqualTo(CheckCommand.UNREADABLE);
        JsonNode reports = json().path("reports");
        assertThat(reports.size()).isEqualTo(3);
        assertThat(reports.get(0).path("problems").get(0).path("kind").asText()).isEqualTo("empty");
        assertThat(reports.get(0).path("problems").get(0).path("message").asText()).contains("empty.txt");
        assertThat(reports.get(1).path("findings").findValuesAsText("severity")).filteredOn("error"::equals).hasSize(2);
        assertThat(reports.get(2).path("problems").get(0).path("kind").asText()).isEqualTo("not-found");
    }

    @Test
    void aFolderIsSearchedForReports() throws Exception {
        Files.copy(Path.of(fixture("seeds/004_32ee79c535f7b1d7.txt")), Files.createDirectories(dir.resolve("a/b"))
                .resolve("report.txt"));
        Files.writeString(dir.resolve("notes.json"), "{}");
        assertThat(check("--json", dir.toString())).isEqualTo(CheckCommand.OK);
        assertThat(json().path("reports").size()).isEqualTo(1);
        assertThat(json().path("reports").get(0).path("file").asText()).endsWith("report.txt");
    }

    @Test
    void twoYearsOfOneAgencyAreCheckedAgainstEachOtherWhateverTheirOrder() throws Exception {
        String report = Files.readString(Path.of(fixture("seeds/003_4fb9745642b3cd23.txt")));
        // the same agency's report of the year before, written as the same report dated 2019
        Path lastYear = Files.writeString(dir.resolve("b-2019.txt"), report.replaceFirst("2020年", "2019年"));
        Path thisYear = Files.writeString(dir.resolve("a-2020.txt"), report);
        check("--json", thisYear.toString(), lastYear.toString());
        JsonNode reports = json().path("reports");
        List<String> carryOver = new ArrayList<>();
        for (JsonNode f : reports.get(0).path("findings")) {
            if (f.path("rule").asText().equals("carry-over")) {
                carryOver.add(f.path("cells").get(0).asText());
                assertThat(f.path("message").asText()).contains("b-2019.txt", "2019");
            }
        }
        // 2020 carried over 5, 1, … 6; the 2019 report carried 16, 0, … 16 forward
        assertThat(carryOver).contains("applications/carried_over/natural_person", "applications/carried_over/total");
        assertThat(reports.get(1).path("findings")).noneSatisfy(f -> assertThat(f.path("rule").asText())
                .isEqualTo("carry-over"));
    }

    /** A person watching a terminal sees how far it got; the JSON on stdout is the same as without. */
    @Test
    void progressOverManyFilesEndsOnStderrWithAllReadAndLeavesTheJsonAlone() throws Exception {
        String[] args = {"--json", fixture("seeds/003_4fb9745642b3cd23.txt"), fixture("corpus/000_e778331bfbf8b1ad.html")};
        assertThat(check(args)).isEqualTo(CheckCommand.ERRORS_FOUND);
        String quiet = out.toString(StandardCharsets.UTF_8);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        out.reset();
        CheckCommand.run(() -> AUDITOR, files -> { }, new AuditFiles(dir.resolve("data")), args, out, err, true);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(quiet);
        String last = err.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse("");
        assertThat(last.substring(last.lastIndexOf('\r') + 1)).startsWith("已读 2/2 个文件");
    }

    /** Identical files are read once and each is reported under its own name. */
    @Test
    void identicalFilesAreEachReportedUnderTheirOwnName() throws Exception {
        Path original = Path.of(fixture("seeds/003_4fb9745642b3cd23.txt"));
        Path a = Files.copy(original, Files.createDirectories(dir.resolve("a")).resolve("北京.txt"));
        Path b = Files.copy(original, Files.createDirectories(dir.resolve("b")).resolve("副本.txt"));
        assertThat(check("--json", a.toString(), b.toString())).isEqualTo(CheckCommand.ERRORS_FOUND);
        JsonNode reports = json().path("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).path("file").asText()).isEqualTo(a.toString());
        assertThat(reports.get(1).path("file").asText()).isEqualTo(b.toString());
        assertThat(reports.get(1).path("findings")).isEqualTo(reports.get(0).path("findings"));
        assertThat(reports.get(1).path("findings")).isNotEmpty();
    }

    @Test
    void aFolderGivesUpItsWebArchivesToo() throws Exception {
        String page = Files.readString(Path.of(fixture("corpus/000_e778331bfbf8b1ad.html")));
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_Part\"\r\n\r\n"
                + "------=_Part\r\nContent-Location: file:///C:/report.htm\r\nContent-Transfer-Encoding: 8bit\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n" + page + "\r\n------=_Part--\r\n";
        Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("年报.mht"), archive);
        Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("年报.MHTML"), archive);
        assertThat(check("--json", dir.toString())).isNotEqualTo(CheckCommand.UNREADABLE);
        assertThat(json().path("reports")).hasSize(2).allSatisfy(r -> assertThat(r.path("agency").asText())
                .isEqualTo("开封市卫生健康委员会"));
    }

    @Test
    void aSubfolderThatCannotBeReadIsNamedAndTheOthersAreChecked() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.copy(Path.of(fixture("seeds/004_32ee79c535f7b1d7.txt")), locked.resolve("hidden.txt"));
        Files.copy(Path.of(fixture("seeds/004_32ee79c535f7b1d7.txt")), dir.resolve("open.txt"));
        locked.toFile().setReadable(false);
        locked.toFile().setExecutable(false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "the superuser reads any folder");
            assertThat(check("--json", dir.toString())).isEqualTo(CheckCommand.UNREADABLE);
            assertThat(json().path("reports")).hasSize(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("无法读取文件夹", "locked");
        } finally {
            locked.toFile().setReadable(true);
            locked.toFile().setExecutable(true);
        }
    }

    @Test
    void whatToPrepareIsAskedWithTheFilesOfTheFoldersBeforeTheEngine() throws Exception {
        Path report = Files.copy(Path.of(fixture("seeds/004_32ee79c535f7b1d7.txt")),
                Files.createDirectories(dir.resolve("a")).resolve("report.txt"));
        List<String> calls = new ArrayList<>();
        int status = CheckCommand.run(() -> {
            calls.add("engine");
            return AUDITOR;
        }, files -> calls.add("prepare " + files), new AuditFiles(dir.resolve("data")),
                new String[] {"--json", dir.toString()}, out, err);

        assertThat(status).isEqualTo(CheckCommand.OK);
        assertThat(calls).containsExactly("prepare " + List.of(report), "engine");
    }

    @Test
    void messagesComeInEnglishWhenAsked() throws Exception {
        check("--json", "--lang", "en", fixture("seeds/003_4fb9745642b3cd23.txt"));
        String message = json().path("reports").get(0).path("findings").get(0).path("message").asText();
        assertThat(message).contains("Partially disclosed", "prints 78, should be 63");
    }

    @Test
    void wrongArgumentsExitTwo() {
        assertThat(check("--json", "--nonsense", "x.txt")).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(check("--lang", "fr", "x.txt")).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(check()).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void optionsComeInEitherFormAndUsageErrorsSayWhatIsWrong() throws Exception {
        assertThat(check("--json", "--lang=en", "--", fixture("seeds/004_32ee79c535f7b1d7.txt"))).isEqualTo(CheckCommand.OK);
        assertThat(json().path("reports").size()).isEqualTo(1);
        out.reset();
        assertThat(check("--lang")).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang", "用法");
        err.reset();
        assertThat(check("--lang", "en", "--bogus", "x.txt")).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus", "Usage");
    }

    @Test
    void helpAndVersionAnswerWithoutAuditing() {
        assertThat(CheckCommand.run(() -> {
            throw new AssertionError("no audit for --help");
        }, new String[] {"--help"}, out, err)).isEqualTo(CheckCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--json", "--lang");
        out.reset();
        assertThat(check("--version")).isEqualTo(CheckCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Report Auditor");
    }

    @Test
    void withoutJsonAPersonReadsASummary() throws Exception {
        assertThat(check(fixture("seeds/003_4fb9745642b3cd23.txt"))).isEqualTo(CheckCommand.ERRORS_FOUND);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("北京市卫生健康委员会", "错误", "row-total", "共 1 份报告");
    }

    @Test
    void aFailureOfTheProgramItselfExitsTwoWithAMessageAndNoTrace() throws Exception {
        int status = CheckCommand.run(() -> {
            throw new IllegalStateException("engine broken");
        }, new String[] {"--json", fixture("seeds/004_32ee79c535f7b1d7.txt")}, out, err);

        assertThat(status).isEqualTo(CheckCommand.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("程序缺陷", "engine broken").doesNotContain("\tat ");
    }
}
