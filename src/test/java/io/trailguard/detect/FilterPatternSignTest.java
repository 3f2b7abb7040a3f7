package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A leading sign in a bare value, pinned: {@code -} is a character of bare names (as in {@code us-east-1}), so
 * {@code -x} is the text "-x"; {@code +} is not, so {@code +x} is neither a number nor a name and must be quoted. A
 * sign followed by digits is a number either way.
 */
class FilterPatternSignTest {

    @Test
    @DisplayName("-x is bare text and renders back unchanged")
    void minusLetterIsText() {
        assertEquals("{ $.a = -x }", FilterPattern.parse("{ $.a = -x }").render());
        assertEquals("{ $.a = x-y }", FilterPattern.parse("{ $.a = x-y }").render());
    }

    @Test
    @DisplayName("+x is rejected with the advice to quote it; so is a lone sign")
    void plusLetterMustBeQuoted() {
        InvalidPatternException plus = assertThrows(InvalidPatternException.class, () -> FilterPattern.parse("{ $.a = +x }"));
        assertTrue(plus.getMessage().contains("'+x' is not a number; quote it"), plus.getMessage());
        InvalidPatternException lone = assertThrows(InvalidPatternException.class, () -> FilterPattern.parse("{ $.a = - }"));
        assertTrue(lone.getMessage().contains("'-' is not a number; quote it"), lone.getMessage());
        assertEquals("{ $.a = \"+x\" }", FilterPattern.parse("{ $.a = \"+x\" }").render());
    }

    @Test
    @DisplayName("a sign before digits makes a number, on either side")
    void signedDigitsAreNumbers() {
        assertEquals("{ $.a = +1 }", FilterPattern.parse("{ $.a = +1 }").render());
        assertEquals("{ $.a = -1 }", FilterPattern.parse("{ $.a = -1 }").render());
    }
}
