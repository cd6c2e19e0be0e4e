package org.reportauditor.ingest.word;

import java.util.List;
import java.util.Map;

/**
 * The list a numbered paragraph belongs to. Word counts per list definition ({@code listId}: an
 * OOXML abstract numbering, a .doc list), so several instances ({@code w:num}, a .doc list
 * override) that share one definition continue each other's numbers, unless an instance overrides
 * a level's start: then that level restarts where the instance is first used.
 *
 * @param levels         the levels 0..8 as this instance sees them
 * @param startOverrides level to the value it restarts at when this instance is first used there
 */
record ListInstance(String listId, String instanceId, List<ListLevel> levels, Map<Integer, Integer> startOverrides) {

    static final int LEVELS = 9;

    ListInstance {
        levels = List.copyOf(levels);
        startOverrides = Map.copyOf(startOverrides);
    }

    ListLevel level(int level) {
        return level >= 0 && level < levels.size() ? levels.get(level) : ListLevel.UNDEFINED;
    }
}
