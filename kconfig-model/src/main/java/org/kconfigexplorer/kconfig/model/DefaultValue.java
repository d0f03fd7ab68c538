package org.kconfigexplorer.kconfig.model;

/**
 * A {@code default VALUE if CONDITION} property (also from def_bool / def_tristate).
 *
 * @param fromMacro whether the value or condition was produced by macro expansion, such as
 *                  {@code $(cc-version)}: such defaults carry toolchain facts
 */
public record DefaultValue(Expr value, Expr condition, MenuNode node, SourceLocation location, boolean fromMacro) {

    public DefaultValue withCondition(Expr newCondition) {
        return new DefaultValue(value, newCondition, node, location, fromMacro);
    }
}
