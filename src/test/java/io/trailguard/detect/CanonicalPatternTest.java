package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Patterns that differ only in how they are written share a canonical form; patterns that mean different things do not. */
class CanonicalPatternTest {

    private static CanonicalPattern canonical(String pattern) {
        return CanonicalPattern.of(FilterPattern.parse(pattern));
    }

    private static CanonicalPattern ofRule(String id) {
        return CanonicalPattern.of(Catalogue.byId(id).orElseThrow().pattern());
    }

    @Test
    void theThreeRootActivityRulesAreOnePattern() {
        assertNotEquals(Catalogue.byId("cis-root-usage").orElseThrow().pattern().render(),
                Catalogue.byId("seed-root-activity").orElseThrow().pattern().render(), "laid out differently");
        assertEquals(ofRule("seed-root-activity"), ofRule("cis-root-usage"));
        assertEquals(ofRule("seed-root-activity"), ofRule("backstop-root-activity"));
        assertNotEquals(ofRule("cis-unauthorized-api-calls"), ofRule("seed-unauthorized-operations"));
    }

    @Test
    void spacingParenthesesQuotesKeywordCaseAndBracketsAreLayout() {
        CanonicalPattern plain = canonical("{ $.a.b = \"x\" && $.c NOT EXISTS && $.d[*].e != \"y\" }");
        assertEquals(plain, canonical("{$.a.b=x&&$.c not   exists&&$.d.*.e!=y}"));
        assertEquals(plain, canonical("{ (($.a.b = \"x\")) && ($.c NOT EXISTS && ($.['d'][*].['e'] != \"y\")) }"));
        assertEquals(canonical("{ $.a = 1 || $.b = 2 || $.c = 3 }"), canonical("{ ($.a = 1 || ($.b = 2)) || $.c = 3 }"));
    }

    @Test
    void anythingTheMatcherReadsTellsPatternsApart() {
        CanonicalPattern plain = canonical("{ $.a = \"x\" && $.b = 1 }");
        assertNotEquals(plain, canonical("{ $.a = \"X\" && $.b = 1 }"));
        assertNotEquals(plain, canonical("{ $.a != \"x\" && $.b = 1 }"));
        assertNotEquals(plain, canonical("{ $.a = \"x*\" && $.b = 1 }"));
        assertNotEquals(plain, canonical("{ $.a = \"x\" && $.b = 1.0 }"), "a literal's spelling compares with strings");
        assertNotEquals(plain, canonical("{ $.a = \"x\" && $.b = \"1\" }"), "text, not a number");
        assertNotEquals(plain, canonical("{ $.a = \"x\" || $.b = 1 }"));
        assertNotEquals(plain, canonical("{ $.a[0] = \"x\" && $.b = 1 }"));
        assertNotEquals(plain, canonical("{ $.a[*] = \"x\" && $.b = 1 }"));
        assertNotEquals(plain, canonical("{ $.a = %x% && $.b = 1 }"));
        assertNotEquals(canonical("{ $.a IS NULL }"), canonical("{ $.a NOT EXISTS }"));
        assertNotEquals(canonical("{ $.a = 1 && ($.b = 2 || $.c = 3) }"), canonical("{ ($.a = 1 && $.b = 2) || $.c = 3 }"));
    }
}
