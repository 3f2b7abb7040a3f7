package io.trailguard.plan.diff;

import io.trailguard.plan.StackSetExpansion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change of a member StackSet's template, once: the resource diff shows it as a new template object and an updated
 * {@code templateUrl}; this says which accounts the update rolls out to (CloudFormation updates every stack instance
 * of the StackSet), which a per-resource diff of this stack cannot show.
 */
public final class StackSetRollouts {

    private StackSetRollouts() {}

    public static String render(List<StackSetExpansion> before, List<StackSetExpansion> after) {
        Map<String, StackSetExpansion> old = new LinkedHashMap<>();
        before.forEach(e -> old.put(e.stackSet(), e));
        StringBuilder b = new StringBuilder();
        for (StackSetExpansion e : after) {
            StackSetExpansion was = old.remove(e.stackSet());
            if (was == null) {
                b.append(String.format("  + %s: new, deploys to OUs %s in %s%s%n", e.stackSet(), String.join(", ", e.organizationalUnits()),
                        String.join(", ", e.regions()), accounts(e)));
            } else if (!was.templateSha256().equals(e.templateSha256())) {
                b.append(String.format("  ~ %s: template %s -> %s (%,d -> %,d bytes, %d -> %d resources), rolls out to OUs %s in %s%s%n",
                        e.stackSet(), was.templateSha256().substring(0, 12), e.templateSha256().substring(0, 12), was.templateBytes(), e.templateBytes(),
                        was.templateResources(), e.templateResources(), String.join(", ", e.organizationalUnits()), String.join(", ", e.regions()), accounts(e)));
            } else if (!was.organizationalUnits().equals(e.organizationalUnits())) {
                b.append(String.format("  ~ %s: template unchanged, OUs %s -> %s%n", e.stackSet(), String.join(", ", was.organizationalUnits()),
                        String.join(", ", e.organizationalUnits())));
            }
        }
        old.values().forEach(e -> b.append(String.format("  - %s: removed; the accounts' stacks are retained%n", e.stackSet())));
        return b.isEmpty() ? "" : "\nmember StackSets:\n" + b;
    }

    private static String accounts(StackSetExpansion e) {
        String from = e.accountsFrom().equals("inventory") ? "inventory" : "config";
        String list = e.accounts().size() <= 10 ? ": " + String.join(", ", e.accounts()) : "";
        return String.format("; %d account%s (%s)%s%s", e.accounts().size(), e.accounts().size() == 1 ? "" : "s", from,
                from.equals("config") ? " and every other account of those OUs" : "", list);
    }
}
