package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {
    @TempDir
    Path app;

    private String option(Path archive) {
        return "-XX:SharedArchiveFile=" + archive;
    }

    @Test
    void aMissingArchiveBesideTheSampleIsToBeMade() throws IOException {
        Files.createFile(app.resolve(StartupArchive.SAMPLE));
        Path archive = app.resolve("report-auditor.jsa");
        assertThat(StartupArchive.missing(List.of("-Xlog:disable", option(archive), "-XX:TieredStopAtLevel=1")))
                .contains(archive);
        // the JVM takes the last of the same option
        assertThat(StartupArchive.missing(List.of(option(app.resolve("other.jsa")), option(archive)))).contains(archive);
    }

    @Test
    void anArchiveThatIsThereOrNotNamedOrWithoutItsSampleIsLeftAlone() throws IOException {
        Path archive = app.resolve("report-auditor.jsa");
        assertThat(StartupArchive.missing(List.of(option(archive)))).as("no sample to train on").isEmpty();
        Files.createFile(app.resolve(StartupArchive.SAMPLE));
        assertThat(StartupArchive.missing(List.of("-Xlog:disable"))).as("java -jar").isEmpty();
        Files.createFile(archive);
        assertThat(StartupArchive.missing(List.of(option(archive)))).isEmpty();
    }

    @Test
    void theTrainingChecksTheSampleWithThisRuntimeIntoTheTemporaryFile() {
        Path archive = app.resolve("report-auditor.jsa");
        Path partial = app.resolve("report-auditor.jsa.partial");
        List<String> command = StartupArchive.trainingCommand(Path.of("/runtime"), "/app/report-auditor.jar", archive,
                partial);
        assertThat(command.get(0)).isEqualTo(Path.of("/runtime", "bin", "java").toString());
        assertThat(command).contains("-XX:ArchiveClassesAtExit=" + partial, "/app/report-auditor.jar",
                Main.class.getName(), "check", app.resolve(StartupArchive.SAMPLE).toString())
                .doesNotContain(option(archive));
    }
}
