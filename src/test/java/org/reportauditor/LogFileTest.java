package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees on the console when `check` meets damaged files: its own lines, no library's. */
class LogFileTest {

    @Test
    void damagedFilesGiveOneLineEachAndTheLibrariesLogToTheDataFolder(@TempDir Path home) throws Exception {
        Path files = Files.createDirectories(home.resolve("files"));
        List<String> names = List.of("truncated.pdf", "fake.docx", "random-bytes.pdf");
        for (String name : names) {
            try (var in = LogFileTest.class.getResourceAsStream("/reports/bad/" + name)) {
                Files.copy(in, files.resolve(name));
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "--json"));
        names.forEach(n -> command.add(files.resolve(n).toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr.strip().lines()).hasSize(names.size())
                .allSatisfy(line -> assertThat(names.stream().anyMatch(line::contains)).isTrue());
        assertThat(stderr).doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("\tat ");
        assertThat(home.resolve("config/report-auditor/report-auditor.log")).exists();
    }

    /** JavaFX logs through java.util.logging: its warnings (the first on every start) go to the file too. */
    @Test
    void javaUtilLoggingGoesToTheLogFileNotTheConsole(@TempDir Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JavaUtilLoggingProbe.class.getName(), home.toString());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stderr).isEmpty();
        assertThat(Files.readString(home.resolve("report-auditor.log"))).contains(JavaUtilLoggingProbe.LINE);
    }

    /** A process that logs as JavaFX does once the log file is installed. */
    static final class JavaUtilLoggingProbe {
        static final String LINE = "Unsupported JavaFX configuration (probe)";

        public static void main(String[] args) {
            LogFile.install(Path.of(args[0]));
            java.util.logging.Logger.getLogger("javafx").warning(LINE);
        }
    }
}
