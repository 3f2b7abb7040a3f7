package io.trailguard.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.Account;
import io.trailguard.config.AwsLimits;
import io.trailguard.config.StackConfig;
import io.trailguard.config.StackSetProfile;
import io.trailguard.naming.Names;
import io.trailguard.stack.StackSetProfiles;
import io.trailguard.stackset.MemberProfile;
import io.trailguard.stackset.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each StackSet of {@code stackset} mode creates, which the plan's own resources (a StackSet and its instances)
 * do not show: the accounts it deploys to, from an inventory when one is given and otherwise the configured accounts of
 * its OUs, and the resources of one stack per account and region, as CloudFormation evaluates the template there.
 *
 * @param accountsFrom {@code inventory}, or {@code config} (accounts that join an OU later are added automatically)
 * @param perAccount   region to CloudFormation type to count, in every account
 */
public record StackSetExpansion(String profile, String stackSet, List<String> organizationalUnits, List<String> regions,
                                int templateBytes, int templateResources, String delivery, String templateSha256,
                                String accountsFrom, List<String> accounts, Map<String, Map<String, Integer>> perAccount) {

    public static List<StackSetExpansion> of(StackConfig c, Optional<Inventory> inventory) {
        List<StackSetExpansion> out = new ArrayList<>();
        if (!StackSetProfiles.used(c)) {
            return out;
        }
        for (StackSetProfile p : c.members().stackSet().profiles()) {
            MemberProfile m = StackSetProfiles.profile(c, p);
            Map<String, Map<String, Integer>> perAccount = new TreeMap<>();
            for (String region : m.regions()) {
                Map<String, Integer> byType = new TreeMap<>();
                TemplateInstance.resources(m.template(), "000000000000", region).values()
                        .forEach(r -> byType.merge((String) r.get("Type"), 1, Integer::sum));
                perAccount.put(region, byType);
            }
            List<String> accounts = inventory.map(inv -> fromInventory(c, p, inv)).orElseGet(() -> fromConfig(c, p));
            out.add(new StackSetExpansion(p.name(), Names.memberStackSet(p.name()), p.organizationalUnits(), m.regions(),
                    m.template().sizeBytes(), m.template().resourceCount(),
                    m.template().sizeBytes() > AwsLimits.STACKSET_TEMPLATE_BODY_MAX_BYTES ? "templateUrl" : "templateBody",
                    m.template().sha256(), inventory.isPresent() ? "inventory" : "config", accounts, perAccount));
        }
        return out;
    }

    /** Live accounts whose parent the profile targets, except the management account and those this stack deploys. */
    private static List<String> fromInventory(StackConfig c, StackSetProfile p, Inventory inv) {
        return inv.accounts().stream().filter(Inventory.Account::live)
                .filter(a -> !a.id().equals(c.organization().managementAccountId()))
                .filter(a -> c.account(a.id()).map(Account::inStackSet).orElse(true))
                .filter(a -> p.organizationalUnits().contains(a.parentId()) || p.organizationalUnits().stream().anyMatch(ou -> ou.startsWith("r-")))
                .map(Inventory.Account::id).sorted().toList();
    }

    private static List<String> fromConfig(StackConfig c, StackSetProfile p) {
        return c.accounts().stream().filter(Account::inStackSet).filter(a -> p.organizationalUnits().contains(a.ou()))
                .map(Account::id).sorted().toList();
    }

    /** How many resources of CloudFormation {@code type} one account gets, over all its regions' stacks. */
    public long count(String type) {
        return perAccount.values().stream().mapToLong(m -> m.getOrDefault(type, 0)).sum();
    }

    public int resourcesPerAccount() {
        return perAccount.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    void json(ObjectNode n) {
        n.put("profile", profile);
        n.put("stackSet", stackSet);
        organizationalUnits.forEach(n.putArray("organizationalUnits")::add);
        regions.forEach(n.putArray("regions")::add);
        ObjectNode t = n.putObject("template");
        t.put("bytes", templateBytes);
        t.put("inlineLimitBytes", AwsLimits.STACKSET_TEMPLATE_BODY_MAX_BYTES);
        t.put("s3LimitBytes", AwsLimits.STACKSET_TEMPLATE_URL_MAX_BYTES);
        t.put("resources", templateResources);
        t.put("resourceLimit", AwsLimits.STACKSET_RESOURCES_PER_TEMPLATE);
        t.put("delivery", delivery);
        t.put("sha256", templateSha256);
        n.put("accountsFrom", accountsFrom);
        ArrayNode a = n.putArray("accounts");
        accounts.forEach(a::add);
        n.put("resourcesPerAccount", resourcesPerAccount());
        n.put("resourcesInAccounts", (long) resourcesPerAccount() * accounts.size());
        ObjectNode per = n.putObject("perAccount");
        perAccount.forEach((region, types) -> {
            ObjectNode r = per.putObject(region);
            types.forEach(r::put);
        });
    }

    String tree() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("  %s (profile %s): OUs %s, regions %s%n", stackSet, profile, String.join(", ", organizationalUnits), String.join(", ", regions)));
        b.append(String.format("    template %,d bytes (%s; inline limit %,d, S3 limit %,d), %d resources of %d, sha256 %s%n", templateBytes, delivery,
                AwsLimits.STACKSET_TEMPLATE_BODY_MAX_BYTES, AwsLimits.STACKSET_TEMPLATE_URL_MAX_BYTES, templateResources,
                AwsLimits.STACKSET_RESOURCES_PER_TEMPLATE, templateSha256.substring(0, 12)));
        b.append(String.format("    %d account%s (%s)%s: %d resources each, %,d in all%n", accounts.size(), accounts.size() == 1 ? "" : "s", accountsFrom,
                accountsFrom.equals("config") ? ", and every account that joins these OUs" : "", resourcesPerAccount(), (long) resourcesPerAccount() * accounts.size()));
        perAccount.forEach((region, types) -> {
            b.append("      ").append(region).append('\n');
            types.forEach((type, n) -> b.append(String.format("        %-40s %5d%n", type, n)));
        });
        if (accounts.size() <= 20) {
            accounts.forEach(a -> b.append("      ").append(a).append('\n'));
        }
        return b.toString();
    }

    public static void json(List<StackSetExpansion> all, ObjectNode root) {
        if (!all.isEmpty()) {
            ArrayNode arr = root.putArray("stackSets");
            all.forEach(e -> e.json(arr.addObject()));
        }
    }

    public static String tree(List<StackSetExpansion> all) {
        if (all.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\nmember StackSets (state resources above; what each creates in the accounts of its OUs):\n");
        all.forEach(e -> b.append(e.tree()));
        return b.toString();
    }
}
