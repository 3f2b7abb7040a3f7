package io.trailguard.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import io.trailguard.cost.AccountCost;
import io.trailguard.cost.Assumptions;
import io.trailguard.cost.CostEstimate;
import io.trailguard.cost.CostLine;
import io.trailguard.cost.Price;

/** {@code plan --format json}: every resource with type, name, URN, account, region, provider, options and inputs. */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private PlanJson() {}

    public static ObjectNode tree(Plan plan) {
        return tree(plan, StackSetExpansion.of(plan.config(), java.util.Optional.empty()));
    }

    /** The plan's JSON tree, its cost covering the StackSets' accounts as {@code stackSets} expands them. */
    static ObjectNode tree(Plan plan, List<StackSetExpansion> stackSets) {
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
        // Where each account sits in the organization: which SCP attachments apply to it (guardrails-sim reads this).
        ObjectNode ous = root.putObject("accountOus");
        plan.config().accounts().forEach(a -> ous.put(a.id(), a.ou()));
        members(plan, root.putArray("members"));
        cost(plan, stackSets, root.putObject("cost"));
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

    private static void members(Plan plan, ArrayNode out) {
        for (MemberSummary m : MemberSummary.of(plan)) {
            ObjectNode n = out.addObject();
            n.put("account", m.account().id());
            n.put("name", m.account().name());
            n.put("feed", m.account().monitoring().feed().id());
            m.providerRegions().forEach(n.putArray("providerRegions")::add);
            n.put("rules", m.rules());
            n.put("alarms", m.alarms());
        }
    }

    private static void cost(Plan plan, List<StackSetExpansion> stackSets, ObjectNode out) {
        CostEstimate estimate = MemberSummary.cost(plan, stackSets);
        out.put("currency", "USD");
        out.put("period", "month");
        out.put("total", round(estimate.usd()));
        out.put("assumptions", Assumptions.describe());
        ArrayNode accounts = out.putArray("accounts");
        for (AccountCost a : estimate.accounts()) {
            ObjectNode n = accounts.addObject();
            n.put("account", a.accountId());
            n.put("name", a.name());
            n.put("total", round(a.usd()));
            ArrayNode lines = n.putArray("lines");
            for (CostLine l : a.lines()) {
                ObjectNode ln = lines.addObject();
                ln.put("item", l.what());
                ln.put("price", l.price().item());
                ln.put("quantity", l.quantity());
                ln.put("usd", round(l.usd()));
            }
        }
        ArrayNode prices = out.putArray("prices");
        for (Price p : estimate.pricesUsed()) {
            ObjectNode n = prices.addObject();
            n.put("item", p.item());
            n.put("region", p.region());
            n.put("usd", p.usd());
            n.put("unit", p.unit());
            n.put("source", p.source());
            n.put("checked", p.checked());
            n.put("verified", p.verified());
        }
    }

    private static double round(double usd) {
        return Math.round(usd * 100) / 100.0;
    }

    public static String render(Plan plan) {
        return render(plan, List.of());
    }

    /** With what each StackSet deploys, when the stack has any ({@link StackSetExpansion}). */
    public static String render(Plan plan, List<StackSetExpansion> stackSets) {
        try {
            ObjectNode root = stackSets.isEmpty() ? tree(plan) : tree(plan, stackSets);
            StackSetExpansion.json(stackSets, root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
