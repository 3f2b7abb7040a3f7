package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The malformed-input corpus (src/test/resources/replay/malformed/): real CloudTrail records from the shared Panther
 * corpus, written in each input shape replay reads, clean and with one kind of damage each, with a manifest of what
 * the reader contract then requires: which records are intact (delivered once each, in order) and which byte ranges
 * are damaged (each must be inside a reported skipped range, and no reported range may touch an intact record).
 * Run {@code main} to regenerate it; {@link ReaderContractTest} checks the committed files equal what this writes.
 * Gzip, truncated gzip and UTF-16 variants are derived from these files by the test.
 */
final class MalformedCorpus {

    static final String FOLDER = "src/test/resources/replay/malformed";
    /** The limit the corpus is read with: the oversized record is just over it. */
    static final int MAX_RECORD_BYTES = 16 * 1024;
    static final int RECORDS_PER_FILE = 8;
    /** The record damaged in each file (not the first or last, so that damage has good records on both sides). */
    static final int DAMAGED = 3;

    enum Shape {
        JSON_LINES(".jsonl"), JSON_LINES_CRLF(".jsonl"), PRETTY_OBJECTS(".json"), ARRAY(".json"), PRETTY_ARRAY(".json"),
        DELIVERY(".json"), PRETTY_DELIVERY(".json"), EVENTBRIDGE_LINES(".jsonl");

        final String ending;

        Shape(String ending) {
            this.ending = ending;
        }

        boolean pretty() {
            return this == PRETTY_OBJECTS || this == PRETTY_ARRAY || this == PRETTY_DELIVERY;
        }

        boolean lines() {
            return this == JSON_LINES || this == JSON_LINES_CRLF || this == EVENTBRIDGE_LINES || this == PRETTY_OBJECTS;
        }
    }

    enum Damage { CLEAN, CUT_INSIDE_VALUE, SYNTAX_ERROR, JUNK_BETWEEN, UNTERMINATED_STRING, OVERSIZED, TRUNCATED, LONE_BRACKET }

    /** One corpus file and what the contract requires of it. */
    record Case(String file, Shape shape, Damage damage, String text, List<String> intact, List<long[]> intactRanges,
            List<long[]> damagedRanges) {}

    private MalformedCorpus() {}

    /** Real records, each with eventVersion first (as CloudTrail writes them) and a unique eventID. */
    static List<ObjectNode> records() {
        List<ObjectNode> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> events = CorpusEvents.byRef().entrySet().iterator();
        while (out.size() < RECORDS_PER_FILE && events.hasNext()) {
            JsonNode e = events.next().getValue();
            if (!e.has("eventVersion") || !e.has("eventName") || !e.has("userIdentity")) {
                continue;
            }
            ObjectNode r = Records.JSON.createObjectNode();
            r.set("eventVersion", e.get("eventVersion"));
            e.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("eventVersion") && !f.getKey().equals("eventID")) {
                    r.set(f.getKey(), f.getValue());
                }
            });
            r.put("eventID", "corpus-" + out.size());
            out.add(r);
        }
        return out;
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            for (Damage damage : Damage.values()) {
                if (damage == Damage.LONE_BRACKET && !shape.lines()) {
                    continue;
                }
                out.add(build(shape, damage));
            }
        }
        return out;
    }

    private static Case build(Shape shape, Damage damage) {
        List<ObjectNode> records = records();
        String nl = shape == Shape.JSON_LINES_CRLF ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder();
        List<String> intact = new ArrayList<>();
        List<long[]> intactRanges = new ArrayList<>();
        List<long[]> damaged = new ArrayList<>();
        boolean document = shape == Shape.DELIVERY || shape == Shape.PRETTY_DELIVERY;
        boolean array = shape == Shape.ARRAY || shape == Shape.PRETTY_ARRAY;
        String indent = shape.pretty() && (document || array) ? (document ? "    " : "  ") : "";
        if (damage == Damage.LONE_BRACKET) {
            damaged.add(new long[] {0, 1});
            b.append('[').append(nl);
        }
        if (document) {
            b.append(shape.pretty() ? "{\n  \"Records\" : [\n" : "{\"Records\":[");
        } else if (array) {
            b.append(shape.pretty() ? "[\n" : "[");
        }
        for (int i = 0; i < records.size(); i++) {
            ObjectNode r = records.get(i);
            JsonNode value = shape == Shape.EVENTBRIDGE_LINES ? Records.envelope(r) : r;
            String text = render(value, shape.pretty(), indent);
            boolean last = i == records.size() - 1;
            if (i == DAMAGED && damage != Damage.CLEAN && damage != Damage.LONE_BRACKET) {
                if (damage == Damage.JUNK_BETWEEN) {
                    String junk = shape.lines() ? "this line is not JSON" : "42, \"text\"";
                    damaged.add(new long[] {b.length(), b.length() + junk.length()});
                    b.append(junk).append(shape.lines() ? nl : ",").append(shape.pretty() && !shape.lines() ? "\n" + indent : "");
                } else {
                    String bad = damage(text, damage);
                    int lead = bad.length() - bad.stripLeading().length();
                    damaged.add(new long[] {b.length() + lead, b.length() + bad.length()});
                    b.append(bad);
                    if (damage == Damage.TRUNCATED) {
                        break;
                    }
                    b.append(separator(shape, nl, false));
                    continue;
                }
            }
            intact.add(r.get("eventID").asText());
            int lead = text.length() - text.stripLeading().length();
            intactRanges.add(new long[] {b.length() + lead, b.length() + text.length()});
            b.append(text).append(separator(shape, nl, last));
        }
        if (damage != Damage.TRUNCATED) {
            if (document) {
                b.append(shape.pretty() ? "  ]\n}\n" : "]}");
            } else if (array) {
                b.append(shape.pretty() ? "]\n" : "]");
            }
        }
        String all = b.toString();
        String file = shape.name().toLowerCase().replace('_', '-') + "." + damage.name().toLowerCase().replace('_', '-') + shape.ending;
        return new Case(file, shape, damage, all, intact, utf8Offsets(all, intactRanges), utf8Offsets(all, damaged));
    }

    /** Char ranges as UTF-8 byte ranges (the real records may hold non-ASCII text). */
    private static List<long[]> utf8Offsets(String text, List<long[]> ranges) {
        return ranges.stream().map(r -> new long[] {utf8Length(text, (int) r[0]), utf8Length(text, (int) r[1])}).toList();
    }

    private static long utf8Length(String text, int chars) {
        return text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String separator(Shape shape, String nl, boolean last) {
        if (shape.lines()) {
            return nl;
        }
        return last ? (shape.pretty() ? "\n" : "") : (shape.pretty() ? ",\n" : ",");
    }

    private static String render(JsonNode value, boolean pretty, String indent) {
        try {
            String text = pretty ? Records.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) : value.toString();
            return indent + text.replace("\n", "\n" + indent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The damaged form of one record's text. */
    private static String damage(String text, Damage damage) {
        switch (damage) {
            case CUT_INSIDE_VALUE, TRUNCATED -> {
                int at = text.indexOf("\"userIdentity\"");
                return text.substring(0, text.indexOf(':', at) + 1);
            }
            case SYNTAX_ERROR -> {
                int at = text.indexOf("\"eventName\"");
                int colon = text.indexOf(':', at);
                int end = text.indexOf(',', colon);
                return text.substring(0, colon + 1) + " nope" + text.substring(end);
            }
            case UNTERMINATED_STRING -> {
                // The closing quote of eventSource's value is lost, and the rest of the record with it.
                int at = text.indexOf("\"eventSource\"");
                int open = text.indexOf('"', text.indexOf(':', at));
                int close = text.indexOf('"', open + 1);
                return text.substring(0, close);
            }
            case OVERSIZED -> {
                int brace = text.lastIndexOf('}');
                return text.substring(0, brace) + ",\"padding\":\"" + "x".repeat(MAX_RECORD_BYTES) + "\"" + text.substring(brace);
            }
            default -> throw new IllegalArgumentException(damage.name());
        }
    }

    static String manifest(List<Case> cases) {
        ArrayNode m = Records.JSON.createArrayNode();
        for (Case c : cases) {
            ObjectNode n = m.addObject();
            n.put("file", c.file()).put("shape", c.shape().name()).put("damage", c.damage().name());
            c.intact().forEach(n.putArray("intact")::add);
            ArrayNode d = n.putArray("damagedRanges");
            c.damagedRanges().forEach(r -> d.addArray().add(r[0]).add(r[1]));
            ArrayNode g = n.putArray("intactRanges");
            c.intactRanges().forEach(r -> g.addArray().add(r[0]).add(r[1]));
        }
        return m.toPrettyString() + "\n";
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : FOLDER);
        Files.createDirectories(folder);
        List<Case> cases = cases();
        for (Case c : cases) {
            Files.writeString(folder.resolve(c.file()), c.text(), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("manifest.json"), manifest(cases), StandardCharsets.UTF_8);
    }
}
