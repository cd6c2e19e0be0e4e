package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.audit.AuditResult;

/** The neighbours of a report are read once while their files stay as they were. */
class NeighbourAuditsTest {
    @Test
    void aNeighbourIsReadOnceUntilItsFileChanges(@TempDir Path dir) throws Exception {
        Path file = Files.copy(Fixtures.BEIJING_TEXT, dir.resolve("a.txt"));
        NeighbourAudits neighbours = new NeighbourAudits(2);

        AuditResult first = neighbours.audit(file, Fixtures.auditor());
        assertThat(neighbours.audit(file, Fixtures.auditor())).isSameAs(first);
        assertThat(first.document().blocks()).as("kept without its layout").isEmpty();

        Files.writeString(file, Files.readString(file).replace("2020年", "2021年"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        AuditResult changed = neighbours.audit(file, Fixtures.auditor());
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.report().year()).isEqualTo(2021);
    }

    @Test
    void theLeastRecentlyUsedGoBeyondTheirNumber(@TempDir Path dir) throws Exception {
        NeighbourAudits neighbours = new NeighbourAudits(2);
        Path a = Files.copy(Fixtures.BEIJING_TEXT, dir.resolve("a.txt"));
        Path b = Files.copy(Fixtures.BEIJING_TEXT, dir.resolve("b.txt"));
        Path c = Files.copy(Fixtures.BEIJING_TEXT, dir.resolve("c.txt"));
        AuditResult ofA = neighbours.audit(a, Fixtures.auditor());
        AuditResult ofB = neighbours.audit(b, Fixtures.auditor());
        neighbours.audit(a, Fixtures.auditor());
        neighbours.audit(c, Fixtures.auditor());

        assertThat(neighbours.audit(a, Fixtures.auditor())).isSameAs(ofA);
        assertThat(neighbours.audit(b, Fixtures.auditor())).isNotSameAs(ofB);
    }
}
