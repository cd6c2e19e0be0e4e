package org.reportauditor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written atomically reads like any file the user wrote: its content whole, its permissions usual. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersAndAnOldOneKeepsItsPermissions() throws IOException {
        assumeThat(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)).isTrue();
        Path fresh = dir.resolve("批注.pdf");
        AtomicFile.write(fresh, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path kept = Files.writeString(dir.resolve("报告.pdf.audit.json"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(kept, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(kept)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-rw----");
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left").hasSize(2);
        }
    }
}
