package io.trailguard.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.PlainYaml;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pulumi.yaml is read as the CLI reads it: go-yaml yaml.v3 (resolve.go, decode.go), not YAML 1.1. Each case is one
 * where a YAML 1.1 reader and yaml.v3 disagree.
 */
class ProjectFilesTest {

    @Test
    void yaml11OnlyFormsStayStrings() {
        Map<String, Object> doc = ProjectFiles.read("window: 1:30\nflag: yes\nmode: off\n");
        // Sexagesimal integers and yes/no/on/off booleans are YAML 1.1; yaml.v3 resolves them as strings.
        assertEquals("1:30", doc.get("window"));
        assertEquals("yes", doc.get("flag"));
        assertEquals("off", doc.get("mode"));
    }

    @Test
    void numbersAndBooleansResolveAsInYamlV3() {
        Map<String, Object> doc = ProjectFiles.read("octal: 0400\ncount: 1_000\nok: True\n");
        assertEquals(BigInteger.valueOf(256), doc.get("octal"));
        assertEquals(BigInteger.valueOf(1000), doc.get("count"));
        assertEquals(Boolean.TRUE, doc.get("ok"));
    }

    @Test
    void aDefaultThatYaml11ReadsAsANumberIsAStringForTheTypeCheck() {
        ProjectConfigRules rules = ProjectConfigRules.of(ProjectFiles.read(
                "name: trailguard\nruntime: java\nconfig:\n  trailguard:window:\n    type: string\n    default: 1:30\n"));
        assertEquals(java.util.List.of(), rules.validateProject());
    }

    @Test
    void aDuplicateKeyIsRefusedWithYamlV3sMessageAndLine() {
        var e = assertThrows(PlainYaml.Unreadable.class, () -> ProjectFiles.read("name: a\nruntime: java\nname: b\n"));
        assertTrue(e.getMessage().startsWith("line 3: mapping key \"name\" already defined at line 1"), e.getMessage());
    }
}
