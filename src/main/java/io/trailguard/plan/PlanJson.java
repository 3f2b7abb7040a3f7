package io.trailguard.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code plan --format json}: every resource with type, name, URN, account, region, provider, options and inputs. */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private PlanJson() {}

    public static ObjectNode tree(Plan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("stack", plan.stack());
        root.put("organizationId", plan.config().organization().id());
        root.put("homeRegion", plan.config().homeRegion());
        root.put("scope", plan.config().scope().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("resources", plan.cloudResources().size());
        summary.put("providers", plan.providers().size());
        summary.put("components", plan.resources().stream().filter(PlannedResource::isComponent).count());
        summary.put("accounts", plan.config().accounts().size());
        ArrayNode resources = root.putArray("resources");
        for (PlannedResource r : plan.resources()) {
            ObjectNode n = resources.addObject();
            n.put("urn", r.urn());
            n.put("type", r.type());
            n.put("name", r.name());
            n.put("account", r.account());
            n.put("region", r.region());
            n.put("provider", r.provider());
            n.put("protect", r.protect());
            n.put("retainOnDelete", r.retainOnDelete());
            n.set("inputs", JSON.valueToTree(r.inputs()));
        }
        return root;
    }

    public static String render(Plan plan) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(plan));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
