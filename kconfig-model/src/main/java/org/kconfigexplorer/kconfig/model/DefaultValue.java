package org.kconfigexplorer.kconfig.model;

import java.util.List;

/**
 * A {@code default VALUE if CONDITION} property (also from def_bool / def_tristate).
 *
 * @param fromMacro     whether the value or condition was produced by macro expansion, such as
 *                      {@code $(cc-version)}: such defaults carry toolchain facts
 * @param macroCommands the $(shell,...) commands whose output went into the value or condition,
 *                      directly or through macro variables
 */
public record DefaultValue(Expr value, Expr condition, MenuNode node, SourceLocation location, boolean fromMacro,
                           List<String> macroCommands) {

    public DefaultValue {
        macroCommands = List.copyOf(macroCommands);
    }

    public DefaultValue withCondition(Expr newCondition) {
        return new DefaultValue(value, newCondition, node, location, fromMacro, macroCommands);
    }
}
