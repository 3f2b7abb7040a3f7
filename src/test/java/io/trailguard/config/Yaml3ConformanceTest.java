package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.YNode.YList;
import io.trailguard.config.YNode.YMap;
import io.trailguard.config.YNode.YScalar;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stack files are read as the Pulumi CLI reads them, with go-yaml/yaml v3. Each row gives yaml.v3's answer and where
 * its source says so (resolve.go {@code resolve}, decode.go {@code mapping}/{@code merge}/{@code alias}/{@code unmarshal}).
 */
class Yaml3ConformanceTest {

    /** A plain scalar, and the tag and value yaml.v3 resolves it to. */
    record Row(String yaml, String type, Object value, String source) {
        @Override
        public String toString() {
            return yaml + " -> " + type + " " + value;
        }
    }

    static Stream<Row> scalars() {
        return Stream.of(
                new Row("0400", "int", BigInteger.valueOf(256), "resolve.go: ParseInt(plain, 0, 64); 'Octals from the 1.1 spec, spelled as 0777, are still decoded by default in v3'"),
                new Row("0o400", "int", BigInteger.valueOf(256), "resolve.go: 0o prefix"),
                new Row("0x1F", "int", BigInteger.valueOf(31), "resolve.go: ParseInt base 0 reads 0x"),
                new Row("0b101", "int", BigInteger.valueOf(5), "resolve.go: 0b prefix"),
                new Row("1_000", "int", BigInteger.valueOf(1000), "resolve.go: strings.Replace(in, \"_\", \"\", -1)"),
                new Row("012345678901", "float", 12345678901.0, "resolve.go: not octal (8, 9), not uint, matches yamlStyleFloat"),
                new Row("012345670123", "int", new BigInteger("012345670123", 8), "resolve.go: all octal digits: ParseInt base 0"),
                new Row("100000000001", "int", new BigInteger("100000000001"), "resolve.go: decimal"),
                new Row("18446744073709551615", "int", new BigInteger("18446744073709551615"), "resolve.go: ParseUint"),
                new Row("18446744073709551616", "float", 18446744073709551616.0, "resolve.go: beyond uint64, yamlStyleFloat"),
                new Row("1e3", "float", 1000.0, "resolve.go: yamlStyleFloat"),
                new Row(".5", "float", 0.5, "resolve.go: hint '.', ParseFloat"),
                new Row(".inf", "float", Double.POSITIVE_INFINITY, "resolve.go: resolveMapList"),
                new Row("true", "bool", true, "resolve.go: resolveMapList {true, True, TRUE}"),
                new Row("False", "bool", false, "resolve.go: resolveMapList {false, False, FALSE}"),
                new Row("yes", "str", "yes", "resolve.go: 'y' is hint 'M', not in the map: a string"),
                new Row("off", "str", "off", "resolve.go: 'o' is hint 'M', not in the map: a string"),
                new Row("tRUE", "str", "tRUE", "resolve.go: only the three spellings are booleans"),
                new Row("~", "null", null, "resolve.go: resolveMapList {\"\", ~, null, Null, NULL}"),
                new Row("Null", "null", null, "resolve.go: resolveMapList"),
                new Row("2026-12-01", "timestamp", "2026-12-01", "resolve.go: parseTimestamp, plain only"),
                new Row("eu-west-1", "str", "eu-west-1", "resolve.go: hint 0 ('e'): a string"),
                new Row("-12", "int", BigInteger.valueOf(-12), "resolve.go: hint 'S'"),
                new Row("+.5e1", "float", 5.0, "resolve.go: yamlStyleFloat"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void plainScalarsResolveAsYamlV3Does(Row row) throws Exception {
        YScalar s = (YScalar) ((YMap) StackYaml.parse("v: " + row.yaml() + "\n")).entries().get("v");
        assertEquals(row.type(), s.type(), row.source());
        assertEquals(row.value(), s.value(), row.source());
    }

    @Test
    void quotedScalarsAreAlwaysStrings() throws Exception {
        YScalar s = (YScalar) ((YMap) StackYaml.parse("v: \"0400\"\n")).entries().get("v");
        assertEquals("str", s.type());
        assertEquals("0400", s.value());
    }

    @Test
    void aDuplicateKeyIsAnErrorNotLastWins() {
        // decode.go mapping(): "mapping key %#v already defined at line %d" (yaml.Unmarshal decodes with uniqueKeys).
        StackYaml.YamlProblem p = assertThrows(StackYaml.YamlProblem.class, () -> StackYaml.parse("a: 1\nb: 2\na: 3\n"));
        assertEquals("mapping key \"a\" already defined at line 1", p.getMessage());
        assertEquals(3, p.line);
    }

    @Test
    void mergeKeysMergeMapsAndOwnKeysWin() throws Exception {
        // decode.go merge(): a map or a sequence of maps; keys of the mapping itself are not overridden.
        YMap m = (YMap) StackYaml.parse("base: &b {feed: trail, logRetentionDays: 90}\nother: {feed: x}\nacct:\n  <<: [*b, {ou: r-1, feed: y}]\n  feed: eventbridge\n");
        YMap acct = (YMap) m.entries().get("acct");
        assertEquals("eventbridge", ((YScalar) acct.entries().get("feed")).value());
        assertEquals(BigInteger.valueOf(90), ((YScalar) acct.entries().get("logRetentionDays")).value());
        assertEquals("r-1", ((YScalar) acct.entries().get("ou")).value());
        StackYaml.YamlProblem p = assertThrows(StackYaml.YamlProblem.class, () -> StackYaml.parse("a:\n  <<: 5\n"));
        assertEquals("map merge requires map or sequence of maps as the value", p.getMessage());
    }

    @Test
    void anAliasInsideItsOwnAnchorIsAnError() {
        // decode.go alias(): "anchor '%s' value contains itself".
        StackYaml.YamlProblem p = assertThrows(StackYaml.YamlProblem.class, () -> StackYaml.parse("a: &x [1, *x]\n"));
        assertTrue(p.getMessage().contains("value contains itself"), p.getMessage());
    }

    @Test
    void anAliasBombIsRefusedWithYamlV3sRatio() {
        // decode.go unmarshal(): "document contains excessive aliasing" past allowedAliasRatio.
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        StackYaml.YamlProblem p = assertThrows(StackYaml.YamlProblem.class, () -> StackYaml.parse(y.toString()));
        assertEquals("document contains excessive aliasing", p.getMessage());
    }

    @Test
    void onlyTheFirstDocumentCounts() throws Exception {
        YMap m = (YMap) StackYaml.parse("a: 1\n---\nb: 2\n");
        assertEquals(1, m.entries().size());
        assertTrue(StackYaml.parse("a: [1, 2]\n") instanceof YMap x && x.entries().get("a") instanceof YList);
    }
}
