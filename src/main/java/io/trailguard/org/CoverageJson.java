package io.trailguard.org;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stable JSON document for tools: the verdict, every gap, and the accounts config lacks. */
final class CoverageJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageJson() {}

    static String render(CoverageReport r, String stack) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("stack", stack);
        doc.put("organizationId", r.organization().organizationId());
        doc.put("managementAccountId", r.organization().managementAccountId());
        doc.put("covered", r.covered());
        doc.put("organizationAccounts", r.organization().accounts().size());
        doc.put("configAccounts", r.configAccounts());
        doc.put("gaps", r.gaps().stream().map(CoverageJson::gap).toList());
        doc.put("uncovered", r.uncovered().stream().map(CoverageJson::account).toList());
        // The whole inventory, which `plan --inventory` expands StackSets over.
        doc.put("accounts", r.organization().accounts().stream().map(CoverageJson::account).toList());
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> gap(CoverageGap g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", g.kind().id());
        m.put("key", g.path());
        m.put("accountId", g.accountId());
        m.put("message", g.message());
        m.put("hint", g.hint());
        return m;
    }

    private static Map<String, Object> account(OrgAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("state", a.state().name());
        m.put("parentId", a.parentId());
        m.put("parentPath", a.parentPath());
        return m;
    }
}
