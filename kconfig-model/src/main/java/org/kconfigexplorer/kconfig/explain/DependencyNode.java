package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * One term of an expression tree as plain data (symbols by name, no object cycles): its current
 * value, whether it is met (not n), and whether it is a failing leaf, i.e. unmet with no unmet
 * term below it: the place where a change has to happen.
 *
 * @param kind   ALL_OF, ANY_OF, NOT, SYMBOL or COMPARISON
 * @param symbol the symbol of a SYMBOL term, else null
 */
public record DependencyNode(ConditionNode.Kind kind, String label, String value, boolean met, boolean failingLeaf,
                             String symbol, String detail, List<DependencyNode> children) {

    public DependencyNode {
        children = List.copyOf(children);
    }

    /** The plain-data copy of a {@link ConditionNode} tree. */
    public static DependencyNode of(ConditionNode node) {
        List<DependencyNode> children = new ArrayList<>();
        boolean unmetChild = false;
        for (ConditionNode child : node.children()) {
            children.add(of(child));
            unmetChild |= !child.met();
        }
        return new DependencyNode(node.kind(), node.label(), node.value().text(), node.met(),
                !node.met() && !unmetChild, node.symbol() == null ? null : node.symbol().name(), node.detail(),
                children);
    }

    /** The failing leaves below (and including) this node, depth first. */
    public List<DependencyNode> failingLeaves() {
        List<DependencyNode> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(DependencyNode node, List<DependencyNode> out) {
        if (node.failingLeaf) {
            out.add(node);
        }
        for (DependencyNode child : node.children) {
            collect(child, out);
        }
    }
}
