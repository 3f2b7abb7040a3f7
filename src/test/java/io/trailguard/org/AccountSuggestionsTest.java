package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class AccountSuggestionsTest {

    private final StackConfig config = TestStacks.covered();

    @Test
    void namesYamlWouldReadAsAnotherTypeAreQuoted() {
        CoverageReport r = CoverageCheck.compare(config, MockOrganization.dev()
                .account("800000000001", "yes", "r-dev1")
                .account("800000000002", "123456", "r-dev1")
                .account("800000000003", "Payments: Prod #2", "r-dev1")
                .account("800000000004", "null", "r-dev1")
                .inventory().snapshot());

        List<Map<String, Object>> entries = new Yaml().load(AccountSuggestions.yaml(r, config, TestStacks.coveredText()));

        assertEquals(List.of("yes", "123456", "Payments: Prod #2", "null"), entries.stream().map(e -> e.get("name")).toList());
        assertEquals(List.of("800000000001", "800000000002", "800000000003", "800000000004"), entries.stream().map(e -> e.get("id")).toList());
    }

    @Test
    void aNameConfigAlreadyUsesGetsTheIdAppended() {
        CoverageReport r = CoverageCheck.compare(config, MockOrganization.dev().account("800000000001", "sandbox", "r-dev1").inventory().snapshot());

        List<Map<String, Object>> entries = new Yaml().load(AccountSuggestions.yaml(r, config, ""));

        assertEquals("sandbox-800000000001", entries.get(0).get("name"));
    }

    @Test
    void followsTheStackFilesIndentation() {
        assertEquals(4, AccountSuggestions.itemIndent(TestStacks.coveredText()));
        assertEquals(2, AccountSuggestions.itemIndent("config:\n  trailguard:accounts:\n\n  # the list\n  - id: \"1\"\n"));
        assertEquals(4, AccountSuggestions.itemIndent("config:\n  trailguard:accounts:\n"));
        assertEquals(4, AccountSuggestions.itemIndent("config:\n  aws:region: eu-west-1\n"));
    }

    @Test
    void printsTheOuPathAsAComment() {
        CoverageReport r = CoverageCheck.compare(config, MockOrganization.dev().account("800000000001", "new", "ou-dev1-payments1").inventory().snapshot());

        String yaml = AccountSuggestions.yaml(r, config, "config:\n  trailguard:accounts:\n  - id: \"1\"\n");

        assertTrue(yaml.endsWith("  - id: \"800000000001\"\n    name: new\n    ou: ou-dev1-payments1  # Root/Workloads/Payments\n"), yaml);
    }

    @Test
    void nothingToSuggestWhenEveryAccountIsInConfig() {
        CoverageReport r = CoverageCheck.compare(config, MockOrganization.dev().inventory().snapshot());

        assertEquals("", AccountSuggestions.yaml(r, config, TestStacks.coveredText()));
    }
}
