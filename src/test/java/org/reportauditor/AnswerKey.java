package org.reportauditor;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Severity;

/**
 * The answer key of a fixture report ({@code NNN.expected.json}) and how an audit result measures
 * up against it: every cell's value, exactly the expected errors (rule and suspects), every
 * expected warning and no warning beyond them. Any difference is listed, so a failing test says what went wrong.
 */
final class AnswerKey {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode key;

    private AnswerKey(JsonNode key) {
        this.key = key;
    }

    static AnswerKey of(Path file) throws IOException {
        String stem = file.getFileName().toString();
        stem = stem.substring(0, stem.indexOf('.'));
        try (InputStream in = Files.newInputStream(file.resolveSibling(stem + ".expected.json"))) {
            return new AnswerKey(JSON.readTree(in));
        }
    }

    List<String> differences(AuditResult result) {
        return differences(result, true);
    }

    /** @param warnings whether the key's warnings must be found too (not for text that cannot show blanks) */
    List<String> differences(AuditResult result, boolean warnings) {
        List<String> diffs = new ArrayList<>();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Cell c : result.report().cells()) {
            cells.put(c.address().toString(), c);
        }
        Set<String> lenient = new HashSet<>();
        for (JsonNode w : key.path("warnings")) {
            if (w.path("rule").asText().equals("blank-cell")) {
                w.path("cells").forEach(c -> lenient.add(c.asText()));
            }
        }
        key.path("cells").fields().forEachRemaining(e -> {
            Cell got = cells.get(e.getKey());
            JsonNode want = e.getValue().path("value");
            BigDecimal gotValue = got == null ? null : got.value();
            if (lenient.contains(e.getKey()) && (got == null || gotValue == null || gotValue.signum() == 0)) {
                return;
            }
            boolean same = want.isNull() ? got != null && gotValue == null
                    : gotValue != null && gotValue.compareTo(want.decimalValue()) == 0;
            if (!same) {
                diffs.add("cell " + e.getKey() + ": expected " + want + ", got " + (got == null ? "(missing)" : gotValue));
            }
        });
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        Set<Integer> used = new HashSet<>();
        for (JsonNode e : key.path("errors")) {
            int hit = -1;
            for (int i = 0; i < errors.size() && hit < 0; i++) {
                if (!used.contains(i) && matchesError(e, errors.get(i))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                diffs.add("missed error " + e);
                continue;
            }
            used.add(hit);
            if (e.path("rule").asText().equals("missing-row")) {
                for (int i = 0; i < errors.size(); i++) {
                    if (errors.get(i).rule().equals("missing-row")) {
                        used.add(i);
                    }
                }
            }
        }
        Messages messages = Messages.chinese();
        for (int i = 0; i < errors.size(); i++) {
            if (!used.contains(i)) {
                diffs.add("unexpected error " + errors.get(i).rule() + " " + errors.get(i).suspects() + ": "
                        + messages.format(errors.get(i).message()));
            }
        }
        for (JsonNode w : warnings ? key.path("warnings") : com.fasterxml.jackson.databind.node.MissingNode.getInstance()) {
            if (result.findings().stream().noneMatch(f -> matchesWarning(w, f, messages))) {
                diffs.add("missed warning " + w);
            }
        }
        if (warnings) {
            // precision is tested too: a warning no key explains is an auditor's wasted minute
            for (Finding f : result.findings()) {
                if (f.severity() == Severity.WARNING && !explained(f, messages)) {
                    diffs.add("unexpected warning " + f.rule() + " " + f.cells() + ": " + messages.format(f.message()));
                }
            }
        }
        return diffs;
    }

    private boolean explained(Finding f, Messages messages) {
        for (JsonNode w : key.path("warnings")) {
            if (matchesWarning(w, f, messages)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesError(JsonNode e, Finding f) {
        String rule = e.path("rule").asText();
        if (!rule.equals("*") && !rule.equals(f.rule())) {
            return false;
        }
        Set<String> suspects = addresses(f.suspects());
        if (e.has("suspects") && !suspects.equals(texts(e.path("suspects")))) {
            return false;
        }
        if (e.has("suspects_any")) {
            boolean any = false;
            for (JsonNode set : e.path("suspects_any")) {
                any |= suspects.equals(texts(set));
            }
            if (!any) {
                return false;
            }
        }
        if (e.has("any_of")) {
            Set<String> all = addresses(f.cells());
            all.addAll(suspects);
            boolean any = false;
            for (JsonNode prefix : e.path("any_of")) {
                any |= all.stream().anyMatch(a -> a.startsWith(prefix.asText()));
            }
            return any;
        }
        return true;
    }

    private static boolean matchesWarning(JsonNode w, Finding f, Messages messages) {
        if (!w.path("rule").asText().equals(f.rule())) {
            return false;
        }
        if (w.has("cells") && w.path("cells").size() > 0) {
            Set<String> all = addresses(f.cells());
            all.addAll(addresses(f.suspects()));
            all.retainAll(texts(w.path("cells")));
            return !all.isEmpty();
        }
        String text = w.path("text").asText();
        String start = text.substring(0, Math.min(6, text.length()));
        return (f.quote() != null && f.quote().contains(start)) || messages.format(f.message()).contains(start);
    }

    private static Set<String> addresses(List<CellAddress> list) {
        Set<String> s = new HashSet<>();
        list.forEach(a -> s.add(a.toString()));
        return s;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> s = new HashSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }
}
