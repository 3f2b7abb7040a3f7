package io.trailguard.detect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The MITRE ATT&amp;CK Enterprise tactics of the techniques the catalogue cites, as each technique's page lists them
 * (https://attack.mitre.org/techniques/&lt;id&gt;/, "Tactics", ATT&amp;CK v15 numbering, which trailguard's
 * references use; SigmaHQ's newer tags such as {@code defense-impairment} are not used here). A sub-technique has its
 * parent's tactics.
 */
public final class AttackTactics {

    /** Tactics in ATT&amp;CK's kill-chain order. */
    public static final List<String> ORDER = List.of("Initial Access", "Execution", "Persistence", "Privilege Escalation",
            "Defense Evasion", "Credential Access", "Discovery", "Lateral Movement", "Collection", "Exfiltration", "Impact",
            "Resource Development");

    private static final Map<String, List<String>> BY_TECHNIQUE = Map.ofEntries(
            Map.entry("T1005", List.of("Collection")),
            Map.entry("T1020", List.of("Exfiltration")),
            Map.entry("T1021", List.of("Lateral Movement")),
            Map.entry("T1059", List.of("Execution")),
            Map.entry("T1070", List.of("Defense Evasion")),
            Map.entry("T1078", List.of("Defense Evasion", "Persistence", "Privilege Escalation", "Initial Access")),
            Map.entry("T1087", List.of("Discovery")),
            Map.entry("T1098", List.of("Persistence", "Privilege Escalation")),
            Map.entry("T1110", List.of("Credential Access")),
            Map.entry("T1136", List.of("Persistence")),
            Map.entry("T1190", List.of("Initial Access")),
            Map.entry("T1199", List.of("Initial Access")),
            Map.entry("T1484", List.of("Defense Evasion", "Privilege Escalation")),
            Map.entry("T1485", List.of("Impact")),
            Map.entry("T1486", List.of("Impact")),
            Map.entry("T1490", List.of("Impact")),
            Map.entry("T1496", List.of("Impact")),
            Map.entry("T1525", List.of("Persistence")),
            Map.entry("T1526", List.of("Discovery")),
            Map.entry("T1530", List.of("Collection")),
            Map.entry("T1535", List.of("Defense Evasion")),
            Map.entry("T1537", List.of("Exfiltration")),
            Map.entry("T1548", List.of("Privilege Escalation", "Defense Evasion")),
            Map.entry("T1550", List.of("Defense Evasion", "Lateral Movement")),
            Map.entry("T1552", List.of("Credential Access")),
            Map.entry("T1555", List.of("Credential Access")),
            Map.entry("T1556", List.of("Credential Access", "Defense Evasion", "Persistence")),
            Map.entry("T1562", List.of("Defense Evasion")),
            Map.entry("T1565", List.of("Impact")),
            Map.entry("T1580", List.of("Discovery")),
            Map.entry("T1584", List.of("Resource Development")),
            Map.entry("T1599", List.of("Defense Evasion")),
            Map.entry("T1608", List.of("Resource Development")),
            Map.entry("T1610", List.of("Defense Evasion", "Execution")),
            Map.entry("T1619", List.of("Discovery")),
            Map.entry("T1651", List.of("Execution")),
            Map.entry("T1666", List.of("Defense Evasion", "Privilege Escalation")));

    private AttackTactics() {}

    /** The tactics of a technique id such as {@code T1562.008}; throws for a technique not listed here. */
    public static List<String> of(String technique) {
        List<String> t = BY_TECHNIQUE.get(technique.split("\\.")[0]);
        if (t == null) {
            throw new IllegalArgumentException("no tactics listed for ATT&CK technique " + technique);
        }
        return t;
    }

    /** Every tactic of a rule's techniques. */
    public static Set<String> of(Rule rule) {
        Set<String> out = new LinkedHashSet<>();
        rule.references().attack().forEach(t -> out.addAll(of(t)));
        return out;
    }
}
