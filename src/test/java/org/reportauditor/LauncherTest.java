package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.i18n.Messages;

class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Launcher launcher = new Launcher(Messages.chinese(), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void helpAndVersionAreAnsweredWithoutTheApp() {
        assertThat(launcher.answer(List.of("--help"))).contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("check [选项]").contains("--version");
        out.reset();
        assertThat(launcher.answer(List.of("-V"))).contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Report Auditor");
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThat(launcher.answer(List.of("--frobnicate"))).contains(Launcher.CANNOT_START);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("未知选项 --frobnicate");
    }

    @Test
    void aFileOrNothingStartsTheApp() {
        assertThat(launcher.answer(List.of())).isEmpty();
        assertThat(launcher.answer(List.of("报告.pdf"))).isEmpty();
    }

    @Test
    void linuxWithoutADisplayOrGtkSaysSo(@TempDir Path libraries) throws IOException {
        assertThat(launcher.cannotOpenWindow("Linux", Map.of(), List.of(libraries))).get().asString()
                .contains("DISPLAY").contains("check");
        assertThat(launcher.cannotOpenWindow("Linux", Map.of("DISPLAY", ":0"), List.of(libraries))).get()
                .asString().contains("GTK 3");
        Files.createFile(libraries.resolve("libgtk-3.so.0"));
        assertThat(launcher.cannotOpenWindow("Linux", Map.of("DISPLAY", ":0"), List.of(libraries))).isEmpty();
        assertThat(launcher.cannotOpenWindow("Windows 11", Map.of(), List.of())).isEmpty();
    }

    /** The real entry in a child process, as a user starts it on a machine without a display. */
    @Test
    void withoutADisplayTheJarSaysOneSentenceAndExits2() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr.strip().lines()).hasSize(1);
        assertThat(stderr).contains("DISPLAY").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpInAChildProcessTouchesNoJavaFx() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--help");
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(stdout).contains("check").doesNotContain("javafx.");
    }
}
