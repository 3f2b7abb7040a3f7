package io.trailguard.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who notifies when rules overlap: one incident, one notification per route. A rule names the broader rules it
 * {@link Rule#supersedes}. On one log group, a superseded rule's alarm notifies only through a composite alarm whose
 * actions the superseding alarms suppress (CloudWatch's ActionsSuppressor), so when both alarm only the specific one
 * notifies, and the broad one still notifies alone for everything else it covers. A member rule that a backstop rule
 * on the organization trail supersedes keeps its local topic but leaves the central page to the backstop (composite
 * alarms cannot reach across accounts).
 */
public final class Supersession {

    private final Map<String, List<String>> suppressors;
    private final Set<String> centrallyCovered;

    private Supersession(Map<String, List<String>> suppressors, Set<String> centrallyCovered) {
        this.suppressors = suppressors;
        this.centrallyCovered = centrallyCovered;
    }

    /**
     * @param logGroup  the rules deployed on one log group
     * @param backstop  the rules of the organization trail's central log group (empty for the central group itself)
     */
    public static Supersession of(List<Rule> logGroup, List<Rule> backstop) {
        Set<String> here = logGroup.stream().map(Rule::id).collect(Collectors.toSet());
        Map<String, List<String>> by = new LinkedHashMap<>();
        for (Rule specific : logGroup) {
            for (String broad : specific.supersedes()) {
                if (here.contains(broad)) {
                    by.computeIfAbsent(broad, k -> new ArrayList<>()).add(specific.id());
                }
            }
        }
        Set<String> central = backstop.stream().flatMap(r -> r.supersedes().stream()).filter(here::contains)
                .collect(Collectors.toSet());
        return new Supersession(by, central);
    }

    /** For a member account's log group, against the backstop's supersessions (the same whatever the deploy role). */
    public static Supersession forMemberLogGroup(List<Rule> logGroup) {
        return of(logGroup, Catalogue.ruleSet(BackstopRules.SET));
    }

    /** The rules on the same log group whose alarm suppresses this rule's notification; empty when none. */
    public List<String> suppressors(Rule rule) {
        return suppressors.getOrDefault(rule.id(), List.of());
    }

    /** True when a backstop rule pages centrally for everything this member rule would page for. */
    public boolean centrallyCovered(Rule rule) {
        return centrallyCovered.contains(rule.id());
    }
}
