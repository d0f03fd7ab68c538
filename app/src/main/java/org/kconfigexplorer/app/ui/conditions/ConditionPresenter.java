package org.kconfigexplorer.app.ui.conditions;

import java.util.ArrayList;
import java.util.List;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.kconfig.explain.ConditionNode;
import org.kconfigexplorer.kconfig.model.Symbol;

/**
 * Turns a preconditions tree ({@link ConditionNode}) into display rows: text for each term,
 * its value, a met/unmet verdict in words, and the style class that colours it. Pure: the same
 * tree always gives the same rows, and nothing here touches the UI toolkit.
 */
public final class ConditionPresenter {

    public static final String MET_MARK = "\u2714";
    public static final String UNMET_MARK = "\u2718";
    public static final String MET = "met";
    public static final String UNMET = "unmet";
    /** Shown after an unmet term whose parent is met anyway (an alternative that is not needed). */
    public static final String NOT_NEEDED = "\u2014 not needed";

    private ConditionPresenter() {
    }

    public static ConditionRow present(ConditionNode node) {
        return present(node, false, true);
    }

    /**
     * Below a "not", a term helps when it is off: there the verdict is the opposite of the
     * term's own truth (for "not MODVERSIONS", MODVERSIONS = n is shown as met).
     */
    private static ConditionRow present(ConditionNode node, boolean negated, boolean parentBlocking) {
        boolean met = negated != node.met();
        boolean blocking = !met && parentBlocking;
        boolean childNegated = node.kind() == ConditionNode.Kind.NOT ? !negated : negated;
        List<ConditionRow> children = new ArrayList<>();
        for (ConditionNode child : node.children()) {
            children.add(present(child, childNegated, blocking));
        }
        return new ConditionRow(term(node), value(node), met, blocking, met ? MET : UNMET, detail(node),
                styleClass(met), children);
    }

    /** The style class for a verdict. */
    public static String styleClass(boolean met) {
        return met ? Styles.CONDITION_MET : Styles.CONDITION_UNMET;
    }

    private static String term(ConditionNode node) {
        return switch (node.kind()) {
            case ALL_OF -> node.symbol() != null ? node.label() : "all of";
            case ANY_OF -> "any of";
            default -> node.label();
        };
    }

    private static String value(ConditionNode node) {
        Symbol s = node.symbol();
        if (node.kind() == ConditionNode.Kind.SYMBOL && s != null && !s.type().isTristateLike() && s.isDefined()) {
            return s.stringValue();
        }
        return node.value() == null ? "" : node.value().text();
    }

    private static String detail(ConditionNode node) {
        return node.detail() == null ? "" : node.detail();
    }

    /** A one-line summary of the whole tree: how many blocking terms without blocking terms below are unmet. */
    public static String verdict(ConditionRow root) {
        if (root.met()) {
            return MET_MARK + " All preconditions are met";
        }
        long unmet = root.flatten().stream()
                .filter(r -> r.blocking() && r.children().stream().noneMatch(ConditionRow::blocking)).count();
        String count = unmet == 1 ? "1 precondition is" : unmet + " preconditions are";
        return UNMET_MARK + " Not available: " + (unmet == 0 ? "preconditions are" : count) + " unmet";
    }
}
