package org.kconfigexplorer.kconfig.explain;

import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.ReverseDependency;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * Whether a relation between two symbols holds under the current values, for drawing it (the
 * dependency graph's edges). Pure: reads values, changes nothing.
 *
 * <ul>
 * <li>A dependency of A on B ({@code depends on}, or a {@code visible if} of a menu around A)
 * is <em>unmet</em> when B is part of why the expression fails: some term that mentions B is
 * unmet and no alternative around it makes up for it. A term is met as the
 * {@link Preconditions} tree says: {@code B}, {@code B = y}, {@code B != n} ... when not n,
 * {@code !B} when B is n; a negation around {@code &&} or {@code ||} turns the terms inside
 * around ({@code !(B && C)} is {@code !B || !C}). In {@code depends on B || C} with B = n and
 * C = y the B term is unmet but blocks nothing (the preconditions tree shows it muted), so the
 * dependency on B counts as met. Hence when the whole expression is met, every dependency in
 * it is; when it is not, at least one symbol it mentions is unmet.</li>
 * <li>A {@code select} or {@code imply} of B by A is <em>in effect</em> when A is not n and
 * its {@code if} condition holds: the same test that lists A under "selected by" in the
 * explanation of B's value. An imply in effect still leaves B to its own dependencies.</li>
 * </ul>
 */
public final class RelationStatus {

    private RelationStatus() {
    }

    /**
     * Whether {@code owner}'s direct dependencies are met as far as they concern {@code target};
     * true when they do not mention it.
     */
    public static boolean dependencyMet(KconfigModel model, Symbol owner, Symbol target) {
        return termsMet(model, owner.directDeps(), target);
    }

    /**
     * Whether the "visible if" conditions of the menus around {@code owner} are met as far as
     * they concern {@code target}; true when they do not mention it.
     */
    public static boolean visibleIfMet(KconfigModel model, Symbol owner, Symbol target) {
        boolean met = true;
        for (MenuNode node : owner.nodes()) {
            for (MenuNode n = node; n != null; n = n.parent()) {
                met &= termsMet(model, n.visibleIf(), target);
            }
        }
        return met;
    }

    /**
     * Whether {@code e} is met as far as {@code target} is concerned: false when a term that
     * mentions it is unmet and no alternative around it is met; true when none mentions it (a
     * null expression included).
     */
    public static boolean termsMet(KconfigModel model, Expr e, Symbol target) {
        Boolean met = terms(model, e, target, true);
        return met == null || met;
    }

    /** Whether {@code source} selects {@code target} now (some select of it is in effect). */
    public static boolean selectActive(Symbol source, Symbol target) {
        return anyActive(source, source.selects(), target);
    }

    /** Whether {@code source} implies {@code target} now (some imply of it is in effect). */
    public static boolean implyActive(Symbol source, Symbol target) {
        return anyActive(source, source.implies(), target);
    }

    private static boolean anyActive(Symbol source, java.util.List<ReverseDependency> props, Symbol target) {
        for (ReverseDependency r : props) {
            if (r.target() == target
                    && source.tristateValue().and(source.model().evaluate(r.condition())) != Tristate.NO) {
                return true;
            }
        }
        return false;
    }

    /**
     * null: no term mentions target; else whether none that does holds {@code e} back. With
     * {@code positive} false, {@code e} stands negated (so "and" works as "or" and back).
     */
    private static Boolean terms(KconfigModel model, Expr e, Symbol target, boolean positive) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.Not n) {
            return terms(model, n.operand(), target, !positive);
        }
        if (e instanceof Expr.And || e instanceof Expr.Or) {
            Expr left = e instanceof Expr.And a ? a.left() : ((Expr.Or) e).left();
            Expr right = e instanceof Expr.And a ? a.right() : ((Expr.Or) e).right();
            boolean alternatives = (e instanceof Expr.Or) == positive;
            if (alternatives && met(model, e, positive)) {
                // One alternative is enough: whatever the target's terms say, they block nothing.
                return mentions(e, target) ? Boolean.TRUE : null;
            }
            return both(terms(model, left, target, positive), terms(model, right, target, positive));
        }
        if (!mentions(e, target)) {
            return null;
        }
        return met(model, e, positive);
    }

    private static boolean met(KconfigModel model, Expr e, boolean positive) {
        Tristate value = model.evaluate(e);
        return (positive ? value : value.not()) != Tristate.NO;
    }

    private static boolean mentions(Expr e, Symbol target) {
        return Expr.contains(e, target);
    }

    private static Boolean both(Boolean a, Boolean b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a && b;
    }
}
