package org.reportauditor.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The annual report bundled with the app, for trying it out. Readers work on files, so each
 * opening copies it to a temporary file, removed when the app ends.
 */
final class SampleReport {
    private static final String RESOURCE = "sample/sample-report.pdf";

    Path copyToTemporaryFile() throws IOException {
        Path copy = Files.createTempFile("report-auditor-sample-", ".pdf");
        copy.toFile().deleteOnExit();
        try (InputStream in = SampleReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the sample report is missing from the application: " + RESOURCE);
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
