package org.reportauditor.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.reportauditor.audit.JsonFields;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Decision;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Problem;
import org.reportauditor.model.Report;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.SourceLocation;

/**
 * Writes audit results as the JSON of {@code spec/cli.md}, the contract scripts rely on: one entry
 * per report with its cells, findings and problems.
 */
public final class JsonReportWriter {
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final Messages messages;

    public JsonReportWriter(Messages messages) {
        this.messages = messages;
    }

    /**
     * Starts the JSON on the stream: reports are added one by one as they are audited (a folder's
     * first reports are out while the last are still being read), and closing it ends the JSON.
     * The stream itself is left open.
     */
    public Output open(OutputStream out) throws IOException {
        JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("reports");
        return new Output(g);
    }

    /** The JSON being written: its reports so far. */
    public final class Output implements Closeable {
        private final JsonGenerator g;

        private Output(JsonGenerator g) {
            this.g = g;
        }

        /** @param reviewFile the audit file applied, {@code null} when none was */
        public void add(ReviewedResult result, Path reviewFile) throws IOException {
            writeReport(g, result, reviewFile);
            g.flush();
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        }
    }

    private void writeReport(JsonGenerator g, ReviewedResult reviewed, Path reviewFile) throws IOException {
        Report report = reviewed.corrected().report();
        Review review = reviewed.review();
        g.writeStartObject();
        g.writeStringField("file", report.file());
        g.writeStringField("agency", report.agency());
        if (report.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", report.year());
        }
        g.writeStringField("version", report.version() == null ? null : report.version().id());
        g.writeObjectFieldStart("cells");
        for (Cell c : report.cells()) {
            g.writeObjectFieldStart(c.address().toString());
            JsonFields.number(g, "value", c.value());
            g.writeStringField("text", c.text());
            JsonFields.source(g, c.source());
            Optional<Correction> correction = review.correction(c.address());
            if (correction.isPresent()) {
                Correction k = correction.get();
                g.writeObjectFieldStart("correction");
                g.writeStringField("printed", k.printed());
                g.writeStringField("reviewer", k.reviewer());
                g.writeStringField("time", k.time() == null ? null : k.time().toString());
                g.writeStringField("note", k.note());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (ReviewedFinding f : reviewed.findings()) {
            writeFinding(g, f, reviewFile != null);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (Problem p : report.problems()) {
            g.writeStartObject();
            g.writeStringField("kind", p.kind().id());
            g.writeStringField("message", messages.format(p.message()));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (reviewFile != null) {
            g.writeArrayFieldStart("orphaned_decisions");
            for (Decision d : reviewed.orphaned()) {
                g.writeStartObject();
                g.writeStringField("finding", d.finding());
                writeState(g, d.state());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("review_file", reviewFile.toString());
        }
        g.writeEndObject();
    }

    private static void writeState(JsonGenerator g, ReviewState state) throws IOException {
        g.writeStringField("status", state.status().id());
        g.writeStringField("comment", state.comment());
        g.writeStringField("reviewer", state.reviewer());
        g.writeStringField("time", state.time() == null ? null : state.time().toString());
    }

    private void writeFinding(JsonGenerator g, ReviewedFinding reviewed, boolean withReview) throws IOException {
        Finding f = reviewed.finding();
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().id());
        writeAddresses(g, "cells", f.cells());
        writeAddresses(g, "suspects", f.suspects());
        if (f.expected() != null) {
            JsonFields.number(g, "expected", f.expected());
        }
        if (f.actual() != null) {
            JsonFields.number(g, "actual", f.actual());
        }
        if (!f.alternatives().isEmpty()) {
            g.writeArrayFieldStart("alternatives");
            for (List<CellAddress> set : f.alternatives()) {
                g.writeStartArray();
                for (CellAddress a : set) {
                    g.writeString(a.toString());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeStringField("message", messages.format(f.message()));
        if (f.quote() != null) {
            g.writeStringField("text", f.quote());
        }
        JsonFields.source(g, f.source());
        if (withReview) {
            g.writeObjectFieldStart("review");
            writeState(g, reviewed.state());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeAddresses(JsonGenerator g, String field, List<CellAddress> addresses) throws IOException {
        g.writeArrayFieldStart(field);
        for (CellAddress a : addresses) {
            g.writeString(a.toString());
        }
        g.writeEndArray();
    }

}
