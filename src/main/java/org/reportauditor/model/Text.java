package org.reportauditor.model;

import java.util.List;

/**
 * A message for people, kept as a resource-bundle key and its arguments so that it can be shown in
 * any interface language. An argument may itself be a {@code Text} (a label that also needs translating).
 */
public record Text(String key, List<Object> args) {

    /** A missing argument (a value a cell does not have) is shown as nothing. */
    public Text {
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, java.util.Arrays.asList(args));
    }
}
