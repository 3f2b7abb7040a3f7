package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * trailguard's own deploy changes what the backstop watches: those changes are recorded at low severity, not paged
 * as critical, and the deploy role used under any other session name still pages.
 */
class OwnDeployTest {

    private static List<String> firing(List<Rule> rules, String event) {
        return rules.stream().filter(r -> r.compile(Feed.TRAIL).matches(TestEvents.event(event)))
                .map(r -> r.id() + ":" + r.severity().id()).toList();
    }

    @Test
    @DisplayName("the deploy's own PutMetricFilter and PutEventSelectors fire only the low deploy record on the backstop")
    void ownDeployIsALowRecord() {
        List<Rule> backstop = Catalogue.ruleSet(BackstopRules.SET);
        assertEquals(List.of("backstop-own-deploy-changes:low"), firing(backstop, "doc:logs-put-trailguard-metric-filter-by-deploy"));
        assertEquals(List.of("backstop-own-deploy-changes:low"), firing(backstop, "doc:cloudtrail-put-event-selectors-by-deploy"));
    }

    @Test
    @DisplayName("the deploy role under another session name pages critical, and is not taken for the deploy")
    void deployRoleByHandStillPages() {
        assertEquals(List.of("backstop-monitoring-log-groups-tampered:critical"),
                firing(Catalogue.ruleSet(BackstopRules.SET), "doc:logs-delete-trailguard-metric-filter-by-deploy-role-other-session"));
    }

    @Test
    @DisplayName("a stack with another deploy role name moves that role's sessions, not the default's")
    void deployRoleComesFromConfig() {
        List<Rule> custom = BackstopRules.all("PlatformDeploy");
        assertEquals(List.of("backstop-monitoring-log-groups-tampered:critical"), firing(custom, "doc:logs-put-trailguard-metric-filter-by-deploy"));
        assertEquals(Severity.LOW, custom.get(custom.size() - 1).severity());
        assertEquals("arn:aws:sts::*:assumed-role/PlatformDeploy/trailguard", BackstopRules.deploySessionArn("PlatformDeploy"));
    }
}
