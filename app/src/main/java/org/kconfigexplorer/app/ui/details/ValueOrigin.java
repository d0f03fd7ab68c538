package org.kconfigexplorer.app.ui.details;

import java.util.ArrayList;
import java.util.List;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.explain.ToolchainFacts;
import org.kconfigexplorer.kconfig.model.DefaultValue;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.ReverseDependency;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/** Where a symbol's current value comes from, in words: the user, a select, an imply, a default. Pure. */
public final class ValueOrigin {

    private ValueOrigin() {
    }

    public static String describe(KconfigModel model, Symbol sym) {
        boolean tri = sym.type().isTristateLike();
        Tristate value = sym.tristateValue();
        if (tri && sym.reverseDepsValue() != Tristate.NO && value.compareTo(sym.reverseDepsValue()) <= 0
                && value != Tristate.NO) {
            return "forced by select from " + activeSources(model, sym, true);
        }
        if (sym.hasUserValue() && sym.visibility() != Tristate.NO) {
            return "your setting";
        }
        if (tri && sym.weakReverseDepsValue() != Tristate.NO && value != Tristate.NO
                && value.compareTo(sym.weakReverseDepsValue()) <= 0) {
            return "implied by " + activeSources(model, sym, false);
        }
        DefaultValue def = model.activeDefault(sym);
        if (def == null) {
            return tri ? "no default applies, so n" : "no default applies";
        }
        String where = def.location() == null ? "" : " at " + def.location();
        if (ToolchainFacts.isToolchainDerived(sym) || def.fromMacro()) {
            return "the toolchain preset (default" + where + ")";
        }
        return "default" + where;
    }

    private static String activeSources(KconfigModel model, Symbol target, boolean selects) {
        List<String> names = new ArrayList<>();
        // The indexed selectors (or impliers) only: a pass over every symbol would cost a frame on x86_64.
        SymbolRelations.Kind kind = selects ? SymbolRelations.Kind.SELECTED_BY : SymbolRelations.Kind.IMPLIED_BY;
        for (Symbol s : SymbolRelations.of(model).of(target, kind)) {
            for (ReverseDependency r : selects ? s.selects() : s.implies()) {
                if (r.target() == target && s.tristateValue() != Tristate.NO
                        && model.evaluate(r.condition()) != Tristate.NO && !names.contains(s.name())) {
                    names.add(s.name());
                }
            }
        }
        return names.isEmpty() ? "another option" : String.join(", ", names);
    }
}
