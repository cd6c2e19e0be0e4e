package org.reportauditor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report fixtures of the tests: {@code src/test/resources/reports/FOLDER}, found on the class
 * path. Plain Java, no test library: the benchmarks list fixtures too, with the jar and the test
 * classes alone on their class path.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The files of a fixture folder whose names end in one of the extensions, sorted; never none. */
    public static List<Path> in(String folder, String... extensions) {
        URL url = ReportFiles.class.getResource("/reports/" + folder);
        if (url == null) {
            throw new IllegalStateException("no fixture folder reports/" + folder + " on the class path");
        }
        try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
            List<Path> files = list.filter(p -> Stream.of(extensions).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no fixtures " + List.of(extensions) + " in reports/" + folder);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
