package io.trailguard.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigError;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.config.ResponseSettings.Mode;
import io.trailguard.testing.Stacks;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code trailguard:response} in a stack file: what binds, and every mistake at its key path with what would be valid. */
class ResponseConfigTest {

    static String stack(String response) {
        String base = Stacks.text("response");
        return base.substring(0, base.indexOf("  trailguard:response:")) + response;
    }

    static List<String> errors(String response) {
        LoadResult r = Stacks.loadText(stack(response));
        return r.errors().stream().map(e -> e.format(null)).toList();
    }

    @Test
    @DisplayName("rules bind with notify as the default mode, and an account override changes only what it names")
    void bindsWithDefaultsAndOverrides() {
        LoadResult r = Stacks.loadText(stack("""
                  trailguard:response:
                    rules:
                      insider-secrets-get-value-bulk: {action: revoke-sessions}
                    accounts:
                      "444444444444":
                        insider-secrets-get-value-bulk: {mode: enforce}
                """));
        assertTrue(r.ok(), r.errors().toString());
        var s = r.config().response();
        assertEquals(Mode.NOTIFY, s.forAccount("111111111111", "insider-secrets-get-value-bulk").orElseThrow().mode());
        var overridden = s.forAccount("444444444444", "insider-secrets-get-value-bulk").orElseThrow();
        assertEquals(List.of(Action.REVOKE_SESSIONS, Mode.ENFORCE), List.of(overridden.action(), overridden.mode()));
        assertTrue(s.forAccount("444444444444", "cis-root-usage").isEmpty());
    }

    @Test
    @DisplayName("an unknown rule id is reported at its key with the nearest deployed id")
    void unknownRuleIdGetsDidYouMean() {
        List<String> e = errors("""
                  trailguard:response:
                    rules:
                      insider-cloudtrail-loging-stopped: {}
                """);
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("trailguard:response.rules.insider-cloudtrail-loging-stopped: unknown rule id"), e.get(0));
        assertTrue(e.get(0).contains("did you mean `insider-cloudtrail-logging-stopped`?"), e.get(0));
    }

    @Test
    @DisplayName("an action that does not fit the rule names the rule and the actions that do")
    void actionMustFitTheRule() {
        List<String> e = errors("""
                  trailguard:response:
                    rules:
                      insider-iam-user-created: {action: restart-logging, mode: enforce}
                      cis-root-usage: {action: revoke-sessions, mode: enforce}
                """);
        String joined = String.join("\n", e);
        assertTrue(joined.contains("trailguard:response.rules.insider-iam-user-created.action: `restart-logging` does not fit"), joined);
        assertTrue(joined.contains("actions that fit: revoke-sessions, quarantine-access-key"), joined);
        assertTrue(joined.contains("trailguard:response.rules.cis-root-usage.action: `revoke-sessions` does not fit"), joined);
    }

    @Test
    @DisplayName("enforce without an action, a rule only its alarm can express, a backstop rule and an unknown account are each refused")
    void otherMistakes() {
        List<String> e = errors("""
                  trailguard:response:
                    rules:
                      insider-iam-user-created: {mode: enforce}
                      insider-access-key-for-named-user: {}
                      backstop-root-activity: {}
                    accounts:
                      "44444444444":
                        insider-iam-user-created: {mode: notify}
                """);
        String joined = String.join("\n", e);
        assertTrue(joined.contains("trailguard:response.rules.insider-iam-user-created.mode: enforce needs an action"), joined);
        assertTrue(joined.contains("trailguard:response.rules.insider-access-key-for-named-user: rule `insider-access-key-for-named-user` has a glob"), joined);
        assertTrue(joined.contains("trailguard:response.rules.backstop-root-activity: rule `backstop-root-activity` is deployed to no member account"), joined);
        assertTrue(joined.contains("trailguard:response.accounts.44444444444: account `44444444444` is not in trailguard:accounts (did you mean `444444444444`?)"), joined);
    }

    @Test
    @DisplayName("enforced restart-logging in an account without trailguard's account trail is refused at the key that enforces it")
    void restartLoggingNeedsTheAccountTrail() {
        List<String> e = errors("""
                  trailguard:response:
                    rules:
                      insider-cloudtrail-logging-stopped: {action: restart-logging, mode: enforce}
                """);
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("trailguard:response.rules.insider-cloudtrail-logging-stopped.mode: enforced restart-logging needs"
                + " trailguard's account trail, and account 555555555555 (sandbox) uses the eventbridge feed"), e.get(0));
    }

    @Test
    @DisplayName("a misspelt key or mode is a schema error at its path, with the valid values")
    void schemaErrors() {
        List<String> e = errors("""
                  trailguard:response:
                    rules:
                      insider-iam-user-created: {action: quarantine-access-key, mode: enforced}
                    acounts: {}
                """);
        String joined = String.join("\n", e);
        assertTrue(joined.contains("trailguard:response.rules.insider-iam-user-created.mode"), joined);
        assertTrue(joined.contains("enforce"), joined);
        assertTrue(joined.contains("trailguard:response.acounts"), joined);
        assertTrue(joined.contains("did you mean `accounts`?"), joined);
    }
}
