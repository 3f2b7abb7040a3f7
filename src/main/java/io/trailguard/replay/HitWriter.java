package io.trailguard.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes hits, one line each, in the chosen {@link HitFormat}. */
final class HitWriter {

    static final List<String> COLUMNS = List.of("time", "account", "region", "rule", "severity", "principal", "eventName", "eventID");
    private static final JsonFactory JSON = new JsonFactory();

    private final PrintWriter out;
    private final HitFormat format;
    private final String textLayout;

    /** {@code ruleIdWidth}: the longest rule id that can appear, so text columns line up. */
    HitWriter(PrintWriter out, HitFormat format, int ruleIdWidth) {
        this.out = out;
        this.format = format;
        this.textLayout = "%-20s  %-12s  %-14s  %-" + Math.max(4, ruleIdWidth) + "s  %-8s  %s  %s  %s%n";
    }

    void header() {
        if (format == HitFormat.CSV) {
            out.println(String.join(",", COLUMNS));
        }
    }

    void write(Hit h) {
        switch (format) {
            case TEXT -> out.printf(textLayout, dash(h.time()), dash(h.account()), dash(h.region()), h.ruleId(), h.severity().id(),
                    dash(h.principal()), dash(h.eventName()), dash(h.eventId()));
            case JSONL -> out.println(json(h));
            case CSV -> out.println(String.join(",", csv(h.time()), csv(h.account()), csv(h.region()), csv(h.ruleId()),
                    csv(h.severity().id()), csv(h.principal()), csv(h.eventName()), csv(h.eventId())));
        }
    }

    private static String json(Hit h) {
        StringWriter s = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("time", h.time());
            g.writeStringField("account", h.account());
            g.writeStringField("region", h.region());
            g.writeStringField("rule", h.ruleId());
            g.writeStringField("severity", h.severity().id());
            g.writeStringField("principal", h.principal());
            g.writeStringField("eventName", h.eventName());
            g.writeStringField("eventID", h.eventId());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
