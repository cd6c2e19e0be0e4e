package org.reportauditor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Severity;

/** Every string key the app's code names exists in both languages. */
class UiStringsKeysTest {
    /**
     * A literal key passed to a strings lookup: {@code get("menu.file")}, {@code bind("source.zoomIn")}
     * (a key built by concatenation ends in a dot before its quote and is listed below instead).
     */
    private static final Pattern KEY = Pattern.compile(
            "(?:get|bind|item|menu|describe|iconButton)\\(\"([a-z][\\w.]*\\w)\"");

    @Test
    void theKeysTheCodeNamesAreInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/reportauditor/app"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Severity severity : Severity.values()) {
            keys.add("findings.count." + severity.id());
            keys.add("severity." + severity.id());
        }
        assertThat(keys).hasSizeGreaterThan(40);
        for (Messages language : new Messages[] {Messages.chinese(), Messages.english()}) {
            assertThat(keys).as(language.locale().toString()).allMatch(language::has);
        }
    }
}
