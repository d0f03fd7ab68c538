package org.kconfigexplorer.app.ui.menu;

import java.util.List;
import org.kconfigexplorer.kconfig.explain.Preconditions;
import org.kconfigexplorer.kconfig.explain.ToolchainFacts;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/** Whether the user can change a symbol now, and if not, why (for tooltips and the details). Pure. */
public final class OptionLock {

    private OptionLock() {
    }

    /** One line on the symbol's changeability: "You can change it", "Toolchain fact: ...". */
    public static String status(KconfigModel model, Symbol sym) {
        if (ToolchainFacts.isToolchainDerived(sym)) {
            return "Toolchain fact: change the toolchain preset to change it";
        }
        if (sym.prompts().isEmpty()) {
            return "Set by the tree (no prompt): it follows its defaults and selects";
        }
        if (sym.visibility() == Tristate.NO) {
            return "Cannot be changed now: its preconditions are unmet";
        }
        if (!sym.isChangeable()) {
            return "Forced to " + sym.stringValue() + " by a select";
        }
        if (!sym.type().isTristateLike()) {
            return "You can change it";
        }
        return OptionToggle.allowedValues(model, sym).isEmpty() ? "Fixed at " + sym.stringValue() : "You can change it";
    }

    /** True when the user can give the symbol another value now. */
    public static boolean isChangeable(KconfigModel model, Symbol sym) {
        if (sym.type().isTristateLike()) {
            return !OptionToggle.allowedValues(model, sym).isEmpty();
        }
        return !sym.prompts().isEmpty() && sym.visibility() != Tristate.NO && !ToolchainFacts.isToolchainDerived(sym);
    }

    /**
     * Why the symbol cannot be changed now, with what to do about it (one line each); empty
     * when it can be changed.
     */
    public static String whyNot(KconfigModel model, Symbol sym) {
        if (isChangeable(model, sym)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(status(model, sym));
        List<String> advice = Preconditions.advice(model, sym);
        for (String line : advice) {
            sb.append("\n\u2192 ").append(line);
        }
        return sb.toString();
    }
}
