package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The licence file the installers show names every library the jar bundles: the list is Maven's own,
 * {@code dependency:list} of the runtime scope, which the build writes to target/runtime-dependencies.txt.
 */
class ThirdPartyNoticesTest {
    @Test
    void everyBundledLibraryIsNamedInTheLicenceFile() throws IOException {
        String notices = Files.readString(Path.of("installers/LICENSE.txt"), StandardCharsets.UTF_8);
        List<String> libraries = Files.readAllLines(Path.of("target/runtime-dependencies.txt")).stream()
                .map(String::strip).filter(line -> line.split(":").length >= 5)
                .map(line -> line.split(":")[0] + ":" + line.split(":")[1]).distinct().toList();
        assertThat(libraries).hasSizeGreaterThan(20).contains("org.apache.pdfbox:pdfbox", "org.openjfx:javafx-graphics")
                .allSatisfy(library -> assertThat(notices).as(library).contains(library));
        assertThat(notices).contains("Copyright © 2026 the Report Auditor authors. All rights reserved.");
    }
}
