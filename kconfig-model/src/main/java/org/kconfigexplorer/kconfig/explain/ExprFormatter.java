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
        StringBuilder out = new StringBuilder();
        append(out, e, outer, values);
        return out.toString();
    }

    /**
     * Appends {@code e} to {@code out}: one buffer for the whole expression, since a select-heavy
     * symbol's reverse dependencies (CRC32's: 200 terms, 10,000 characters) nest deeply, and
     * building each level's text from its operands' copied the long left side at every level.
     */
    private static void append(StringBuilder out, Expr e, int outer, boolean values) {
        boolean parenthesized = precedence(e) < outer;
        if (parenthesized) {
            out.append('(');
        }
        if (e instanceof Expr.Sym s) {
            out.append(operand(s.symbol(), values));
        } else if (e instanceof Expr.Not n) {
            out.append('!');
            append(out, n.operand(), 4, values);
        } else if (e instanceof Expr.And a) {
            append(out, a.left(), 2, values);
            out.append(" && ");
            append(out, a.right(), 2, values);
        } else if (e instanceof Expr.Or o) {
            append(out, o.left(), 1, values);
            out.append(" || ");
            append(out, o.right(), 1, values);
        } else {
            Expr.Compare c = (Expr.Compare) e;
            out.append(operand(c.left(), values)).append(' ').append(c.relation().operator()).append(' ')
                    .append(operand(c.right(), values));
        }
        if (parenthesized) {
            out.append(')');
        }
    }
}
