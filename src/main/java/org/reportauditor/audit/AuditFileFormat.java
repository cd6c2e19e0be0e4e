package org.reportauditor.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.reportauditor.model.AddedFinding;
import org.reportauditor.model.Box;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Decision;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.UnknownFields;

/**
 * The audit file's JSON ({@code spec/review.md}), read and written with the streaming parser. Fields
 * this version does not know are kept, as their raw JSON, at every level it reads, and written back.
 */
public final class AuditFileFormat {
    public static final String FORMAT = "report-auditor/audit";
    /** An audit file is small; a larger one is not one. */
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** What was read, and whether it was written by a newer version (then it is opened read-only). */
    public record Read(Review review, boolean newer) {
    }

    /** The file is not an audit file, or is damaged: the message says why. */
    public static final class MalformedAuditFile extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedAuditFile(String message) {
            super(message);
        }
    }

    public Read read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new MalformedAuditFile("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        try (JsonParser p = factory.createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String format = null;
            int version = 0;
            String file = null;
            String sha = null;
            Map<String, String> reportUnknown = new LinkedHashMap<>();
            List<Decision> decisions = new ArrayList<>();
            List<Correction> corrections = new ArrayList<>();
            List<AddedFinding> added = new ArrayList<>();
            Map<String, String> unknown = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> format = p.getValueAsString();
                    case "version" -> version = p.getValueAsInt();
                    case "report" -> {
                        expect(value, JsonToken.START_OBJECT);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            p.nextToken();
                            switch (field) {
                                case "file" -> file = p.getValueAsString();
                                case "sha256" -> sha = p.getValueAsString();
                                default -> reportUnknown.put(field, raw(p));
                            }
                        }
                    }
                    case "decisions" -> readArray(p, value, () -> decisions.add(decision(p)));
                    case "corrections" -> readArray(p, value, () -> corrections.add(correction(p)));
                    case "added" -> readArray(p, value, () -> added.add(addedFinding(p)));
                    default -> unknown.put(name, raw(p));
                }
            }
            if (!FORMAT.equals(format)) {
                throw new MalformedAuditFile("not a " + FORMAT + " file");
            }
            if (!reportUnknown.isEmpty()) {
                unknown.put(REPORT_UNKNOWN, rawObject(reportUnknown));
            }
            Review review = new Review(file, sha, version, decisions, corrections, added, new UnknownFields(unknown));
            return new Read(review, version > Review.VERSION);
        } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedAuditFile(e.getMessage());
        }
    }

    /** Under this name the unknown fields of {@code report} are kept among the top level's. */
    private static final String REPORT_UNKNOWN = " report";

    public void write(Review review, OutputStream out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", Math.max(review.version(), Review.VERSION));
            g.writeObjectFieldStart("report");
            g.writeStringField("file", review.reportFile());
            g.writeStringField("sha256", review.sha256());
            String reportUnknown = review.unknown().rawJson().get(REPORT_UNKNOWN);
            if (reportUnknown != null) {
                writeUnknownMembers(g, reportUnknown);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("decisions");
            for (Decision d : review.decisions()) {
                g.writeStartObject();
                g.writeStringField("finding", d.finding());
                writeState(g, d.state());
                g.writeArrayFieldStart("history");
                for (ReviewState s : d.history()) {
                    g.writeStartObject();
                    writeState(g, s);
                    g.writeEndObject();
                }
                g.writeEndArray();
                writeUnknown(g, d.unknown());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("corrections");
            for (Correction c : review.corrections()) {
                g.writeStartObject();
                g.writeStringField("cell", c.cell().toString());
                g.writeStringField("printed", c.printed());
                JsonFields.number(g, "value", c.value());
                g.writeStringField("note", c.note());
                g.writeStringField("reviewer", c.reviewer());
                g.writeStringField("time", time(c.time()));
                writeUnknown(g, c.unknown());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("added");
            for (AddedFinding a : review.added()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("severity", a.severity().id());
                g.writeStringField("comment", a.comment());
                g.writeArrayFieldStart("cells");
                for (CellAddress cell : a.cells()) {
                    g.writeString(cell.toString());
                }
                g.writeEndArray();
                g.writeStringField("quote", a.quote());
                if (a.source() == null) {
                    g.writeNullField("source");
                } else {
                    JsonFields.source(g, a.source());
                }
                g.writeStringField("reviewer", a.reviewer());
                g.writeStringField("time", time(a.time()));
                writeUnknown(g, a.unknown());
                g.writeEndObject();
            }
            g.writeEndArray();
            for (Map.Entry<String, String> e : review.unknown().rawJson().entrySet()) {
                if (!e.getKey().equals(REPORT_UNKNOWN)) {
                    g.writeFieldName(e.getKey());
                    g.writeRawValue(e.getValue());
                }
            }
            g.writeEndObject();
        }
        out.write('\n');
    }

    private interface Element {
        void read() throws IOException;
    }

    private static void readArray(JsonParser p, JsonToken start, Element element) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return;
        }
        expect(start, JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            element.read();
        }
    }

    private static Decision decision(JsonParser p) throws IOException {
        String finding = null;
        StateFields state = new StateFields();
        List<ReviewState> history = new ArrayList<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("finding")) {
                finding = p.getValueAsString();
            } else if (name.equals("history")) {
                readArray(p, value, () -> {
                    StateFields earlier = new StateFields();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        if (!earlier.take(field, p)) {
                            p.skipChildren();
                        }
                    }
                    history.add(earlier.state());
                });
            } else if (!state.take(name, p)) {
                unknown.put(name, raw(p));
            }
        }
        if (finding == null) {
            throw new MalformedAuditFile("a decision names no finding");
        }
        return new Decision(finding, state.state(), history, new UnknownFields(unknown));
    }

    /** The fields a state has: status, comment, reviewer, time. */
    private static final class StateFields {
        private ReviewStatus status = ReviewStatus.OPEN;
        private String comment = "";
        private String reviewer;
        private Instant time;

        boolean take(String name, JsonParser p) throws IOException {
            switch (name) {
                case "status" -> {
                    ReviewStatus s = ReviewStatus.ofId(p.getValueAsString());
                    status = s == null ? ReviewStatus.OPEN : s;
                }
                case "comment" -> comment = p.getValueAsString("");
                case "reviewer" -> reviewer = p.getValueAsString();
                case "time" -> time = instant(p.getValueAsString());
                default -> {
                    return false;
                }
            }
            return true;
        }

        ReviewState state() {
            return new ReviewState(status, comment, reviewer, time);
        }
    }

    private static Correction correction(JsonParser p) throws IOException {
        CellAddress cell = null;
        String printed = null;
        BigDecimal value = null;
        String note = "";
        String reviewer = null;
        Instant time = null;
        Map<String, String> unknown = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            switch (name) {
                case "cell" -> cell = CellAddress.parse(p.getValueAsString());
                case "printed" -> printed = p.getValueAsString();
                case "value" -> value = token == JsonToken.VALUE_NULL ? null : p.getDecimalValue();
                case "note" -> note = p.getValueAsString("");
                case "reviewer" -> reviewer = p.getValueAsString();
                case "time" -> time = instant(p.getValueAsString());
                default -> unknown.put(name, raw(p));
            }
        }
        if (cell == null) {
            throw new MalformedAuditFile("a correction names no cell");
        }
        return new Correction(cell, printed, value, note, reviewer, time, new UnknownFields(unknown));
    }

    private static AddedFinding addedFinding(JsonParser p) throws IOException {
        String id = null;
        Severity severity = Severity.WARNING;
        String comment = "";
        List<CellAddress> cells = new ArrayList<>();
        String quote = null;
        SourceLocation source = null;
        String reviewer = null;
        Instant time = null;
        Map<String, String> unknown = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            switch (name) {
                case "id" -> id = p.getValueAsString();
                case "severity" -> severity = severity(p.getValueAsString());
                case "comment" -> comment = p.getValueAsString("");
                case "cells" -> {
                    if (token == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            cells.add(CellAddress.parse(p.getText()));
                        }
                    }
                }
                case "quote" -> quote = p.getValueAsString();
                case "source" -> source = token == JsonToken.START_OBJECT ? source(p) : null;
                case "reviewer" -> reviewer = p.getValueAsString();
                case "time" -> time = instant(p.getValueAsString());
                default -> unknown.put(name, raw(p));
            }
        }
        if (id == null) {
            throw new MalformedAuditFile("a finding of the auditor's own has no id");
        }
        return new AddedFinding(id, severity, comment, cells, quote, source, reviewer, time, new UnknownFields(unknown));
    }

    private static SourceLocation source(JsonParser p) throws IOException {
        Integer page = null;
        double[] box = null;
        int offset = -1;
        int length = 0;
        int[] cell = {-1, -1, -1};
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            switch (name) {
                case "page" -> page = p.getValueAsInt();
                case "box" -> {
                    box = new double[4];
                    int i = 0;
                    while (token == JsonToken.START_ARRAY && p.nextToken() != JsonToken.END_ARRAY) {
                        if (i < 4) {
                            box[i++] = p.getValueAsDouble();
                        }
                    }
                }
                case "offset" -> offset = p.getValueAsInt();
                case "length" -> length = p.getValueAsInt();
                case "table" -> cell[0] = p.getValueAsInt();
                case "row" -> cell[1] = p.getValueAsInt();
                case "col" -> cell[2] = p.getValueAsInt();
                default -> p.skipChildren();
            }
        }
        if (page != null && box != null) {
            return new SourceLocation.PageRegion(page, new Box(box[0], box[1], box[2], box[3]));
        }
        return offset >= 0 ? new SourceLocation.TextRange(offset, length, cell[0], cell[1], cell[2]) : null;
    }

    private static Severity severity(String id) {
        for (Severity s : Severity.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return Severity.WARNING;
    }

    private static void writeState(JsonGenerator g, ReviewState s) throws IOException {
        g.writeStringField("status", s.status().id());
        g.writeStringField("comment", s.comment());
        g.writeStringField("reviewer", s.reviewer());
        g.writeStringField("time", time(s.time()));
    }

    private static void writeUnknown(JsonGenerator g, UnknownFields unknown) throws IOException {
        for (Map.Entry<String, String> e : unknown.rawJson().entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeRawValue(e.getValue());
        }
    }

    private void writeUnknownMembers(JsonGenerator g, String rawObject) throws IOException {
        try (JsonParser p = factory.createParser(rawObject)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                g.writeFieldName(name);
                g.writeRawValue(raw(p));
            }
        }
    }

    /** The value the parser stands on, as raw JSON text. */
    private static String raw(JsonParser p) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator copy = p.getCodec() == null ? new JsonFactory().createGenerator(text)
                : p.getCodec().getFactory().createGenerator(text)) {
            copy.copyCurrentStructure(p);
        }
        return text.toString();
    }

    private String rawObject(Map<String, String> members) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(text)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : members.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeRawValue(e.getValue());
            }
            g.writeEndObject();
        }
        return text.toString();
    }

    private static String time(Instant time) {
        return time == null ? null : time.toString();
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws MalformedAuditFile {
        if (actual != expected) {
            throw new MalformedAuditFile("expected " + expected + " but found " + actual);
        }
    }
}
