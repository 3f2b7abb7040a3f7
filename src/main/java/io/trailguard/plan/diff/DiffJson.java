package io.trailguard.plan.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** {@code diff --format json}: the whole diff as data, for tools. */
public final class DiffJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private DiffJson() {}

    public static ObjectNode tree(PlanDiff diff) {
        ObjectNode root = JSON.createObjectNode();
        root.put("stack", diff.stack());
        root.put("base", diff.baseLabel());
        root.set("summary", counts(diff.counts(diff.changes())));
        CostDelta cost = CostDelta.of(diff);
        var money = root.putObject("monthlyCostUsd");
        money.put("base", Math.round(cost.baseUsd() * 100) / 100.0);
        money.put("head", Math.round(cost.headUsd() * 100) / 100.0);
        money.put("delta", Math.round(cost.deltaUsd() * 100) / 100.0);
        ArrayNode accounts = root.putArray("accounts");
        for (Map.Entry<String, List<ResourceChange>> e : diff.byAccount().entrySet()) {
            ObjectNode a = accounts.addObject();
            a.put("account", e.getKey());
            a.put("label", diff.accountLabel(e.getKey()));
            a.set("summary", counts(diff.counts(e.getValue())));
            ArrayNode changes = a.putArray("changes");
            e.getValue().forEach(c -> changes.add(change(c)));
        }
        return root;
    }

    public static String render(PlanDiff diff) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(diff));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode counts(Map<ChangeKind, Long> counts) {
        ObjectNode n = JSON.createObjectNode();
        counts.forEach((k, v) -> n.put(k.id(), v));
        return n;
    }

    private static ObjectNode change(ResourceChange c) {
        var r = c.resource();
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", c.kind().id());
        n.put("urn", r.urn());
        n.put("type", r.type());
        n.put("name", r.name());
        n.put("region", r.region());
        n.put("provider", r.provider());
        n.put("protect", r.protect());
        n.put("blockedByProtect", c.blockedByProtect());
        if (c.kind() == ChangeKind.CREATE || c.kind() == ChangeKind.DELETE) {
            n.set("inputs", JSON.valueToTree(r.inputs()));
        }
        if (c.kind() == ChangeKind.REPLACE) {
            n.set("replacementCauses", JSON.valueToTree(c.replacementCauses()));
            n.put("replacementSource", ReplacementRules.pulumiAws().source(r.type()));
        }
        ArrayNode properties = n.putArray("properties");
        for (PropertyChange p : c.properties()) {
            ObjectNode pn = properties.addObject();
            pn.put("input", p.input());
            pn.set("before", JSON.valueToTree(p.before()));
            pn.set("after", JSON.valueToTree(p.after()));
            pn.put("forcesReplacement", p.forcesReplacement());
            if (p.statements() != null) {
                pn.set("statements", JSON.valueToTree(p.statements()));
            }
        }
        return n;
    }
}
