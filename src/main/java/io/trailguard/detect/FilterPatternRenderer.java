package io.trailguard.detect;

/** AST to pattern string, adding nothing the tree does not hold. */
final class FilterPatternRenderer {

    private FilterPatternRenderer() {}

    static String render(FilterPattern p) {
        StringBuilder b = new StringBuilder("{").append(p.padding().before());
        append(b, p.body());
        return b.append(p.padding().after()).append('}').toString();
    }

    static String render(Expr e) {
        StringBuilder b = new StringBuilder();
        append(b, e);
        return b.toString();
    }

    private static void append(StringBuilder b, Expr e) {
        if (e instanceof Expr.Comparison c) {
            b.append(c.selector().render()).append(c.spacing().before()).append(c.op().symbol())
                    .append(c.spacing().after()).append(c.value().render());
        } else if (e instanceof Expr.Check k) {
            b.append(k.selector().render()).append(k.gap()).append(k.spelling());
        } else if (e instanceof Expr.And a) {
            join(b, a.left(), "&&", a.spacing(), a.right());
        } else if (e instanceof Expr.Or o) {
            join(b, o.left(), "||", o.spacing(), o.right());
        } else {
            Expr.Group g = (Expr.Group) e;
            b.append('(').append(g.padding().before());
            append(b, g.inner());
            b.append(g.padding().after()).append(')');
        }
    }

    private static void join(StringBuilder b, Expr left, String op, Spacing s, Expr right) {
        append(b, left);
        b.append(s.before()).append(op).append(s.after());
        append(b, right);
    }
}
