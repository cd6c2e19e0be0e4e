package org.reportauditor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The report fixtures of the tests: {@code src/test/resources/reports/FOLDER}, found on the class path. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The files of a fixture folder whose names end in one of the extensions, sorted; never none. */
    public static List<Path> in(String folder, String... extensions) {
        URL url = ReportFiles.class.getResource("/reports/" + folder);
        assertThat(url).as("fixture folder reports/%s", folder).isNotNull();
        try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
            List<Path> files = list.filter(p -> Stream.of(extensions).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted().toList();
            assertThat(files).as("fixtures in reports/%s", folder).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
