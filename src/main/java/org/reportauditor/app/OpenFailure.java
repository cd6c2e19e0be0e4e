package org.reportauditor.app;

import java.util.List;

/** A file that could not be opened: its name, and each problem in words of the interface language. */
public record OpenFailure(String fileName, List<String> problems) {

    public OpenFailure {
        problems = List.copyOf(problems);
    }
}
