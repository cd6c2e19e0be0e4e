package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar the build made (failsafe passes its path as {@code jar}): it carries the JavaFX natives of
 * the OS it is for, as its manifest names it, built for that OS's processor, and no other OS's; and its
 * {@code check} runs here, whatever OS the jar is for, without loading a JavaFX class. Checking another OS's
 * jar: {@code mvn -B -Djavafx.platform=win verify} (see pom.xml, profile jar-for-another-os).
 */
class PlatformJarIT {
    private static final Path JAR = Path.of(System.getProperty("jar", "target/report-auditor.jar"));
    private static final Path SAMPLE = Path.of("src/main/resources/org/reportauditor/app/sample/sample-report.pdf");

    /** What JavaFX loads to open a window, per OpenJFX classifier: the library names and the file format. */
    private record Natives(List<String> libraries, Binary binary) {
    }

    /** A native library's format and the processor it is for, as its header says. */
    private enum Binary {
        PE_X64(".dll"), MACHO_X64(".dylib"), MACHO_ARM64(".dylib"), ELF_X64(".so"), ELF_ARM64(".so");

        final String suffix;

        Binary(String suffix) {
            this.suffix = suffix;
        }

        static Binary of(byte[] header) {
            ByteBuffer le = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
            if (header[0] == 'M' && header[1] == 'Z') {
                int pe = le.getInt(0x3c);
                return le.getShort(pe + 4) == (short) 0x8664 ? PE_X64 : null;
            }
            if (le.getInt(0) == 0xfeedfacf) {
                int cpu = le.getInt(4);
                return cpu == 0x01000007 ? MACHO_X64 : cpu == 0x0100000c ? MACHO_ARM64 : null;
            }
            if (header[0] == 0x7f && header[1] == 'E' && header[2] == 'L' && header[3] == 'F') {
                short machine = le.getShort(18);
                return machine == 0x3e ? ELF_X64 : machine == 0xb7 ? ELF_ARM64 : null;
            }
            return null;
        }
    }

    private static final List<String> WINDOWS = List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll",
            "javafx_font.dll", "javafx_iio.dll", "decora_sse.dll");
    private static final List<String> MAC = List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
            "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib");
    private static final List<String> LINUX = List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so",
            "libprism_sw.so", "libjavafx_font.so", "libjavafx_font_freetype.so", "libjavafx_font_pango.so",
            "libjavafx_iio.so", "libdecora_sse.so");
    private static final Map<String, Natives> PLATFORMS = Map.of(
            "win", new Natives(WINDOWS, Binary.PE_X64),
            "mac", new Natives(MAC, Binary.MACHO_X64),
            "mac-aarch64", new Natives(MAC, Binary.MACHO_ARM64),
            "linux", new Natives(LINUX, Binary.ELF_X64),
            "linux-aarch64", new Natives(LINUX, Binary.ELF_ARM64));

    @Test
    void theJarCarriesTheNativesOfItsOsForItsProcessorAndNoOther() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String platform = jar.getManifest().getMainAttributes().getValue("JavaFX-Platform");
            assertThat(platform).isEqualTo(System.getProperty("javafx.platform"));
            Natives natives = PLATFORMS.get(platform);
            Set<String> libraries = new TreeSet<>();
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (!name.contains("/") && (name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".so"))) {
                    libraries.add(name);
                    try (InputStream in = jar.getInputStream(entry)) {
                        assertThat(Binary.of(in.readNBytes(4096))).as(name).isEqualTo(natives.binary());
                    }
                }
            }
            assertThat(libraries).containsAll(natives.libraries())
                    .allSatisfy(name -> assertThat(name).endsWith(natives.binary().suffix));
        }
    }

    /** Run here even when the jar is another OS's: {@code check} needs none of JavaFX's natives. */
    @Test
    void checkRunsWithoutLoadingJavaFx(@TempDir Path home) throws Exception {
        Path classes = home.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-Duser.home=" + home, "-jar", JAR.toString(),
                "check", "--json", "--no-review", SAMPLE.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.toString());
        builder.environment().put("APPDATA", home.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr).isIn(0, 1);
        assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode report = new ObjectMapper().readTree(stdout).path("reports").get(0);
        assertThat(report.path("cells").size()).isPositive();
        assertThat(Files.readString(classes)).contains("org.reportauditor.cli.CheckCommand")
                .doesNotContain("javafx.").doesNotContain("com.sun.glass");
    }
}
