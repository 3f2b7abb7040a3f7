package io.trailguard.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a verification report is printed: text for terminals, JSON for tools, Markdown for tickets and PR comments. */
public enum VerifyFormat {
    TEXT, JSON, MARKDOWN;

    private static final String[] COLUMNS = {"account", "region", "digests", "valid", "unsigned", "invalid",
        "logs valid", "modified", "deleted", "unlisted", "pending", "unverified"};

    public String render(VerifyReport report) {
        return switch (this) {
            case TEXT -> text(report);
            case JSON -> json(report);
            case MARKDOWN -> markdown(report);
        };
    }

    public static Optional<VerifyFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(VerifyFormat::id).collect(Collectors.joining(", "));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String[] row(String group, Tally.Counts c) {
        String[] ar = group.split(" ", 2);
        return new String[] {ar[0], ar[1], n(c.digests()), n(c.digestsValid()), n(c.digestsUnsigned()),
            n(c.digestsInvalid()), n(c.logsValid()), n(c.logsModified()), n(c.logsDeleted()), n(c.logsUnlisted()),
            n(c.logsPending()), n(c.logsUnverified())};
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String verdict(VerifyReport r) {
        long failing = r.findings().stream().filter(f -> f.kind().fails()).count();
        long warnings = r.findings().size() - failing;
        return (failing == 0 ? "VALID" : "INTEGRITY FINDINGS: " + failing) + (warnings == 0 ? "" : " (" + warnings + " warning(s))");
    }

    private static String totals(VerifyReport r) {
        return String.format(Locale.ROOT, "%,.1f MB of log files hashed in %.1f s", r.bytes() / 1e6, r.seconds());
    }

    private static String text(VerifyReport r) {
        StringBuilder out = new StringBuilder();
        out.append("verify ").append(r.source()).append("  (keys: ").append(r.keys()).append(")\n\n");
        int[] width = new int[COLUMNS.length];
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        rows.add(COLUMNS);
        r.groups().forEach((g, c) -> rows.add(row(g, c)));
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = i < 2 ? String.format("%-" + width[i] + "s", row[i]) : String.format("%" + width[i] + "s", row[i]);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (!r.findings().isEmpty()) {
            out.append('\n');
            for (Finding f : r.findings()) {
                out.append(f.kind().fails() ? "FAIL " : "WARN ").append(f.kind().label()).append("  ").append(f.account())
                        .append(' ').append(f.region()).append("  ").append(f.key()).append("  ").append(f.detail()).append('\n');
            }
        }
        out.append('\n').append(verdict(r)).append("; ").append(totals(r)).append('\n');
        return out.toString();
    }

    private static String json(VerifyReport r) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("source", r.source());
        root.put("keys", r.keys());
        root.put("valid", !r.failed());
        root.put("logBytesHashed", r.bytes());
        root.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        root.put("cpuSeconds", Math.round(r.cpuSeconds() * 1000) / 1000.0);
        ArrayNode groups = root.putArray("accounts");
        for (Map.Entry<String, Tally.Counts> e : r.groups().entrySet()) {
            String[] ar = e.getKey().split(" ", 2);
            ObjectNode g = groups.addObject();
            g.put("account", ar[0]);
            g.put("region", ar[1]);
            Tally.Counts c = e.getValue();
            ObjectNode d = g.putObject("digests");
            d.put("total", c.digests());
            d.put("valid", c.digestsValid());
            d.put("unsigned", c.digestsUnsigned());
            d.put("invalid", c.digestsInvalid());
            ObjectNode l = g.putObject("logFiles");
            l.put("valid", c.logsValid());
            l.put("modified", c.logsModified());
            l.put("deleted", c.logsDeleted());
            l.put("unlisted", c.logsUnlisted());
            l.put("pending", c.logsPending());
            l.put("unverified", c.logsUnverified());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("kind", f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            o.put("fails", f.kind().fails());
            o.put("account", f.account());
            o.put("region", f.region());
            o.put("key", f.key());
            o.put("detail", f.detail());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String markdown(VerifyReport r) {
        StringBuilder out = new StringBuilder();
        out.append("### CloudTrail log file integrity: ").append(verdict(r)).append("\n\n");
        out.append("Source `").append(r.source()).append("`, keys: ").append(r.keys()).append(". ").append(totals(r)).append(".\n\n");
        out.append("| ").append(String.join(" | ", COLUMNS)).append(" |\n|");
        for (int i = 0; i < COLUMNS.length; i++) {
            out.append(i < 2 ? "---|" : "---:|");
        }
        out.append('\n');
        r.groups().forEach((g, c) -> out.append("| ").append(String.join(" | ", row(g, c))).append(" |\n"));
        if (!r.findings().isEmpty()) {
            out.append("\n| | finding | account | region | object | detail |\n|---|---|---|---|---|---|\n");
            for (Finding f : r.findings()) {
                out.append("| ").append(f.kind().fails() ? "❌" : "⚠️").append(" | ").append(f.kind().label()).append(" | ")
                        .append(f.account()).append(" | ").append(f.region()).append(" | `").append(f.key()).append("` | ")
                        .append(f.detail().replace("|", "\\|")).append(" |\n");
            }
        }
        return out.toString();
    }
}
