package org.reportauditor.template;

import java.util.List;

/**
 * A merged label printed beside several rows of the applications table ({@code (三)不予公开}).
 * Its id is the prefix of its rows' ids.
 */
public record GroupSpec(String id, String numbering, List<String> labels, String shortName, String english) {

    public GroupSpec {
        labels = List.copyOf(labels);
    }
}
