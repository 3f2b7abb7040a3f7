package io.trailguard.detect;

import java.util.function.UnaryOperator;

/** Structural walks over {@link Expr} trees. */
final class Exprs {

    private Exprs() {}

    static Expr underPrefix(Expr e, String prefix) {
        return mapConditions(e, c -> {
            if (c instanceof Expr.Comparison cmp) {
                return new Expr.Comparison(cmp.selector().under(prefix), cmp.op(), cmp.value(), cmp.spacing());
            }
            Expr.Check k = (Expr.Check) c;
            return new Expr.Check(k.selector().under(prefix), k.test(), k.gap(), k.spelling());
        });
    }

    /** Rebuilds the tree with each comparison or check replaced; joins and groups keep their spacing. */
    static Expr mapConditions(Expr e, UnaryOperator<Expr> f) {
        if (e instanceof Expr.And a) {
            return new Expr.And(mapConditions(a.left(), f), mapConditions(a.right(), f), a.spacing());
        }
        if (e instanceof Expr.Or o) {
            return new Expr.Or(mapConditions(o.left(), f), mapConditions(o.right(), f), o.spacing());
        }
        if (e instanceof Expr.Group g) {
            return new Expr.Group(mapConditions(g.inner(), f), g.padding());
        }
        return f.apply(e);
    }

    static int regexCount(Expr e) {
        if (e instanceof Expr.And a) {
            return regexCount(a.left()) + regexCount(a.right());
        }
        if (e instanceof Expr.Or o) {
            return regexCount(o.left()) + regexCount(o.right());
        }
        if (e instanceof Expr.Group g) {
            return regexCount(g.inner());
        }
        return e instanceof Expr.Comparison c && c.value() instanceof Value.Regex ? 1 : 0;
    }
}
