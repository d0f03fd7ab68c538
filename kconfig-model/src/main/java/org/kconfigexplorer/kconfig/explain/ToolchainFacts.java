package org.kconfigexplorer.kconfig.explain;

import org.kconfigexplorer.kconfig.model.DefaultValue;
import org.kconfigexplorer.kconfig.model.Symbol;

/** Recognises symbols whose value is a toolchain fact (set from $(shell,...) macros). */
public final class ToolchainFacts {

    private ToolchainFacts() {
    }

    /** A promptless symbol with a default produced by macro expansion, like CC_IS_CLANG. */
    public static boolean isToolchainDerived(Symbol sym) {
        if (!sym.prompts().isEmpty()) {
            return false;
        }
        for (DefaultValue def : sym.defaults()) {
            if (def.fromMacro()) {
                return true;
            }
        }
        return false;
    }
}
