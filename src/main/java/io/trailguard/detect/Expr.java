package io.trailguard.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A node of a JSON filter pattern's condition. {@code &&} binds tighter than {@code ||}; an {@link Or} inside
 * an {@link And} must therefore sit in a {@link Group}, which the constructors enforce so that a tree always
 * renders to a string that means what the tree means.
 */
public sealed interface Expr {

    /** The operators of a comparison. */
    enum Operator {
        EQ("="), NE("!="), LT("<"), GT(">"), LE("<="), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isOrdering() {
            return this != EQ && this != NE;
        }
    }

    /** {@code $.sel OP value}; ordering operators need a number. */
    record Comparison(Selector selector, Operator op, Value value, Spacing spacing) implements Expr {
        public Comparison {
            if (op.isOrdering() && !(value instanceof Value.NumberLiteral)) {
                throw new IllegalArgumentException("'" + op.symbol() + "' needs a number, not " + value.render());
            }
        }
    }

    /** The keyword tests: {@code IS NULL}, {@code NOT EXISTS}, {@code IS TRUE}, {@code IS FALSE}. */
    enum Test {
        IS_NULL("IS NULL"), NOT_EXISTS("NOT EXISTS"), IS_TRUE("IS TRUE"), IS_FALSE("IS FALSE");

        private final String keywords;

        Test(String keywords) {
            this.keywords = keywords;
        }

        public String keywords() {
            return keywords;
        }
    }

    /**
     * {@code $.sel IS NULL} and the like. {@code spelling} is the keywords as written (AWS reads them in any
     * case and with any spacing); {@code gap} is the whitespace after the selector.
     */
    record Check(Selector selector, Test test, String gap, String spelling) implements Expr {
        public Check {
            if (gap.isEmpty() || !gap.isBlank()) {
                throw new IllegalArgumentException("a keyword test needs whitespace after the selector");
            }
            if (!String.join(" ", spelling.trim().split("\\s+")).toUpperCase(Locale.ROOT).equals(test.keywords())) {
                throw new IllegalArgumentException("'" + spelling + "' does not spell " + test.keywords());
            }
        }

        public Check(Selector selector, Test test) {
            this(selector, test, " ", test.keywords());
        }
    }

    /** {@code left && right}. */
    record And(Expr left, Expr right, Spacing spacing) implements Expr {
        public And {
            if (left instanceof Or || right instanceof Or) {
                throw new IllegalArgumentException("an || inside && must be parenthesised (wrap it in a Group)");
            }
        }
    }

    /** {@code left || right}. */
    record Or(Expr left, Expr right, Spacing spacing) implements Expr {}

    /** Explicit parentheses, with the whitespace inside them. */
    record Group(Expr inner, Spacing padding) implements Expr {}

    /** The operands of a chain of the same operator, left to right, looking through nothing else. */
    static List<Expr> chain(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, e.getClass(), out);
        return out;
    }

    private static void collect(Expr e, Class<?> kind, List<Expr> out) {
        if (e instanceof And a && kind == And.class) {
            collect(a.left(), kind, out);
            collect(a.right(), kind, out);
        } else if (e instanceof Or o && kind == Or.class) {
            collect(o.left(), kind, out);
            collect(o.right(), kind, out);
        } else {
            out.add(e);
        }
    }
}
