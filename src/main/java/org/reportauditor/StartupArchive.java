package org.reportauditor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.LoggerFactory;

/**
 * The installed launcher's class-data-sharing archive, made on the app's first start where no installer
 * step could make it: the .dmg, the .pkg, the .msi and the .exe (an archive holds the class path it was
 * made with, which is known only once the app is where the user put it). The launcher names the archive
 * with {@code -XX:SharedArchiveFile}; a JVM that finds no archive there starts without one, and this
 * process then trains one in the background: {@code check} over the sample report beside it, with this
 * process's runtime and class path, into a temporary file renamed when whole (a launcher starting
 * meanwhile must never map half an archive). Where the folder is not writable it stays without.
 */
final class StartupArchive {
    private static final String OPTION = "-XX:SharedArchiveFile=";
    static final String SAMPLE = "sample-report.pdf";
    /** The training waits until the window is up, so that the first start is not slowed by it. */
    private static final Duration AFTER_START = Duration.ofSeconds(10);

    private StartupArchive() {
    }

    /**
     * Trains the archive in the background if this process's launcher names one that is missing; the
     * JVM's options are read there too (java.management costs a start some milliseconds).
     */
    static void makeIfMissing() {
        Thread training = new Thread(() -> {
            try {
                Thread.sleep(AFTER_START.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            missing(ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(StartupArchive::train);
        }, "startup-archive");
        training.setDaemon(true);
        training.start();
    }

    /**
     * The archive the JVM options name (the last one, as the JVM takes it), where it does not exist yet,
     * the sample report to train on lies beside it, and its folder can be written.
     */
    static Optional<Path> missing(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> option.startsWith(OPTION))
                .map(option -> Path.of(option.substring(OPTION.length()))).reduce((first, last) -> last)
                .filter(archive -> archive.getParent() != null && !Files.exists(archive)
                        && Files.isRegularFile(archive.resolveSibling(SAMPLE)) && Files.isWritable(archive.getParent()));
    }

    /** The training run: {@code check} over the sample, its classes written to {@code into} at exit. */
    static List<String> trainingCommand(Path javaHome, String classPath, Path archive, Path into) {
        return List.of(javaHome.resolve("bin").resolve("java").toString(), "-XX:ArchiveClassesAtExit=" + into,
                "-Xlog:disable", "-Dfile.encoding=UTF-8", "-cp", classPath, Main.class.getName(), "check", "--json",
                "--no-review", archive.resolveSibling(SAMPLE).toString());
    }

    private static void train(Path archive) {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            List<String> command = trainingCommand(Path.of(System.getProperty("java.home")),
                    System.getProperty("java.class.path"), archive, partial);
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            process.waitFor();
            if (Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                LoggerFactory.getLogger(StartupArchive.class).info("class-data archive made: {}", archive);
            }
        } catch (IOException e) {
            // the next start tries again; until then the app starts without the archive, only slower
            LoggerFactory.getLogger(StartupArchive.class).info("no class-data archive made in {}: {}",
                    archive.getParent(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LoggerFactory.getLogger(StartupArchive.class).info("{} left behind: {}", partial, e.toString());
            }
        }
    }
}
