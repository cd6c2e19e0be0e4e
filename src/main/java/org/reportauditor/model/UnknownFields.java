package org.reportauditor.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of an audit file that this version does not know, kept as their raw JSON text by name so
 * that rewriting the file keeps what a newer version wrote ({@code spec/review.md}).
 */
public record UnknownFields(Map<String, String> rawJson) {
    public static final UnknownFields NONE = new UnknownFields(Map.of());

    public UnknownFields {
        rawJson = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rawJson));
    }

    public boolean isEmpty() {
        return rawJson.isEmpty();
    }
}
