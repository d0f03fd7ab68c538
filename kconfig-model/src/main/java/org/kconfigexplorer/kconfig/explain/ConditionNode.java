package org.kconfigexplorer.kconfig.explain;

import java.util.List;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * One term of a dependency expression with its current value and verdict, for drawing the
 * expression as a tree. "Met" means the term does not hold its owner back (value not n).
 *
 * @param symbol the symbol the term is about (null for operators and comparisons)
 * @param detail a short explanation, e.g. "toolchain fact" or "selected by X"
 */
public record ConditionNode(Kind kind, String label, Tristate value, boolean met, Symbol symbol, String detail,
                            List<ConditionNode> children) {

    /** What a node stands for. */
    public enum Kind { ALL_OF, ANY_OF, NOT, SYMBOL, COMPARISON }

    public ConditionNode {
        children = List.copyOf(children);
    }

    /** Depth-first list of this node and all below it. */
    public List<ConditionNode> flatten() {
        java.util.ArrayList<ConditionNode> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(ConditionNode node, List<ConditionNode> out) {
        out.add(node);
        for (ConditionNode child : node.children) {
            collect(child, out);
        }
    }
}
