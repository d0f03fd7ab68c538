package org.kconfigexplorer.kconfig.model;

/** A {@code range LOW HIGH if CONDITION} property of an int or hex symbol. */
public record RangeProperty(Symbol low, Symbol high, Expr condition, MenuNode node, SourceLocation location) {

    public RangeProperty withCondition(Expr newCondition) {
        return new RangeProperty(low, high, newCondition, node, location);
    }
}
