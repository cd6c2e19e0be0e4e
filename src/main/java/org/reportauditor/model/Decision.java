package org.reportauditor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The auditor's decision on one finding, by the finding's id: its current state and the earlier
 * ones, oldest first.
 */
public record Decision(String finding, ReviewState state, List<ReviewState> history, UnknownFields unknown) {

    public Decision {
        history = List.copyOf(history);
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public ReviewStatus status() {
        return state.status();
    }

    /** This decision moved on to {@code next}, the current state going into the history. */
    public Decision then(ReviewState next) {
        List<ReviewState> earlier = new ArrayList<>(history);
        earlier.add(state);
        return new Decision(finding, next, earlier, unknown);
    }
}
