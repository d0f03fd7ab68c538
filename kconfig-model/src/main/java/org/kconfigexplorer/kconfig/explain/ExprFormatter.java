package org.kconfigexplorer.kconfig.explain;

import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.Symbol;

/** Prints expressions as Kconfig source would, with the parentheses precedence needs. */
public final class ExprFormatter {

    private ExprFormatter() {
    }

    public static String format(Expr e) {
        return e == null ? "y" : format(e, 0, false);
    }

    /** Like {@link #format} with each defined symbol's current value, "A [=y] && B [=n]", as conf prints. */
    public static String formatWithValues(Expr e) {
        return e == null ? "y" : format(e, 0, true);
    }

    private static String operand(Symbol s, boolean values) {
        String text = operand(s);
        return values && !s.isConstant() && s.isDefined() ? text + " [=" + s.stringValue() + "]" : text;
    }

    /** A symbol as written in an expression: names bare, other constants quoted. */
    public static String operand(Symbol s) {
        if (s.isConstant() && !s.name().matches("[ymn]")) {
            return "\"" + s.name() + "\"";
        }
        return s.name();
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Or) {
            return 1;
        }
        if (e instanceof Expr.And) {
            return 2;
        }
        if (e instanceof Expr.Not) {
            return 4;
        }
        return 5;
    }

    private static String format(Expr e, int outer, boolean values) {
        String text;
        if (e instanceof Expr.Sym s) {
            text = operand(s.symbol(), values);
        } else if (e instanceof Expr.Not n) {
            text = "!" + format(n.operand(), 4, values);
        } else if (e instanceof Expr.And a) {
            text = format(a.left(), 2, values) + " && " + format(a.right(), 2, values);
        } else if (e instanceof Expr.Or o) {
            text = format(o.left(), 1, values) + " || " + format(o.right(), 1, values);
        } else {
            Expr.Compare c = (Expr.Compare) e;
            text = operand(c.left(), values) + " " + c.relation().operator() + " " + operand(c.right(), values);
        }
        return precedence(e) < outer ? "(" + text + ")" : text;
    }
}
