package org.kconfigexplorer.kconfig.model;

/**
 * A {@code select TARGET if CONDITION} or {@code imply TARGET if CONDITION} property, stored
 * on the symbol that selects or implies.
 */
public record ReverseDependency(Symbol target, Expr condition, MenuNode node, SourceLocation location) {

    public ReverseDependency withCondition(Expr newCondition) {
        return new ReverseDependency(target, newCondition, node, location);
    }
}
