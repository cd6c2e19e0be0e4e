package org.reportauditor.app;

import java.util.List;

/**
 * A file that could not be opened, or ({@code partial}) was opened with a part of it lost: its name,
 * and each problem in words of the interface language.
 */
public record OpenFailure(String fileName, List<String> problems, boolean partial) {

    public OpenFailure {
        problems = List.copyOf(problems);
    }

    public OpenFailure(String fileName, List<String> problems) {
        this(fileName, problems, false);
    }
}
