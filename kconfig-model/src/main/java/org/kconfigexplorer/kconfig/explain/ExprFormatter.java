package org.kconfigexplorer.kconfig.explain;

import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.Symbol;

/** Prints expressions as Kconfig source would, with the parentheses precedence needs. */
public final class ExprFormatter {

    private ExprFormatter() {
    }

    public static String format(Expr e) {
        return e == null ? "y" : format(e, 0);
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

    private static String format(Expr e, int outer) {
        String text;
        if (e instanceof Expr.Sym s) {
            text = operand(s.symbol());
        } else if (e instanceof Expr.Not n) {
            text = "!" + format(n.operand(), 4);
        } else if (e instanceof Expr.And a) {
            text = format(a.left(), 2) + " && " + format(a.right(), 2);
        } else if (e instanceof Expr.Or o) {
            text = format(o.left(), 1) + " || " + format(o.right(), 1);
        } else {
            Expr.Compare c = (Expr.Compare) e;
            text = operand(c.left()) + " " + c.relation().operator() + " " + operand(c.right());
        }
        return precedence(e) < outer ? "(" + text + ")" : text;
    }
}
