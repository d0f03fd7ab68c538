package org.kconfigexplorer.kconfig.model;

import java.util.function.Consumer;

/**
 * An immutable Kconfig expression. A null {@code Expr} reference means "no condition", which
 * evaluates to y, as in scripts/kconfig.
 */
public sealed interface Expr permits Expr.Sym, Expr.Not, Expr.And, Expr.Or, Expr.Compare {

    /** A reference to a symbol (constants such as y, m, n and "literal" are symbols too). */
    record Sym(Symbol symbol) implements Expr { }

    record Not(Expr operand) implements Expr { }

    record And(Expr left, Expr right) implements Expr { }

    record Or(Expr left, Expr right) implements Expr { }

    /** {@code left OP right}; both sides are symbols, as the Kconfig grammar requires. */
    record Compare(Relation relation, Symbol left, Symbol right) implements Expr { }

    /** {@code a && b} where a null operand means y. */
    static Expr and(Expr a, Expr b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new And(a, b);
    }

    /** {@code a || b}; null stands for "nothing yet" (an empty disjunction). */
    static Expr or(Expr a, Expr b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Or(a, b);
    }

    /** Calls {@code action} for every symbol the expression mentions, left to right. */
    static void forEachSymbol(Expr e, Consumer<Symbol> action) {
        if (e == null) {
            return;
        }
        if (e instanceof Sym s) {
            action.accept(s.symbol());
        } else if (e instanceof Not n) {
            forEachSymbol(n.operand(), action);
        } else if (e instanceof And a) {
            forEachSymbol(a.left(), action);
            forEachSymbol(a.right(), action);
        } else if (e instanceof Or o) {
            forEachSymbol(o.left(), action);
            forEachSymbol(o.right(), action);
        } else if (e instanceof Compare c) {
            action.accept(c.left());
            action.accept(c.right());
        }
    }

    /** Whether the expression mentions {@code symbol}. */
    static boolean contains(Expr e, Symbol symbol) {
        boolean[] found = {false};
        forEachSymbol(e, s -> found[0] |= s == symbol);
        return found[0];
    }
}
