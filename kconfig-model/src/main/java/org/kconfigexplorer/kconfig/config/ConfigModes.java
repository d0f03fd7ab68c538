package org.kconfigexplorer.kconfig.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/** The whole-configuration operations of conf: all*config and savedefconfig. */
public final class ConfigModes {

    /** What conf_set_all_new_symbols gives symbols that have no user value yet. */
    public enum NewSymbols { DEFAULT, YES, MOD, NO }

    private ConfigModes() {
    }

    /**
     * conf_set_all_new_symbols: every prompted bool/tristate without a user value (choice
     * members excepted) gets {@code mode}'s value as its user value; DEFAULT changes nothing.
     */
    public static void setAllNewSymbols(KconfigModel model, NewSymbols mode) {
        if (mode == NewSymbols.DEFAULT) {
            model.changed();
            return;
        }
        Tristate value = mode == NewSymbols.YES ? Tristate.YES : mode == NewSymbols.MOD ? Tristate.MOD : Tristate.NO;
        List<KconfigModel.Assignment> assignments = new ArrayList<>();
        Set<Symbol> assigned = new HashSet<>();
        for (MenuNode node : model.allNodes()) {
            Symbol sym = node.symbol();
            if (sym == null || node.prompt() == null || sym.hasUserValue() || assigned.contains(sym)
                    || !sym.type().isTristateLike() || sym.choice() != null) {
                continue;
            }
            assigned.add(sym);
            assignments.add(new KconfigModel.Assignment(sym, value.text()));
        }
        model.addUserValues(assignments);
    }

    /** conf_write_defconfig: the minimal configuration that reproduces the current one. */
    public static String savedefconfig(KconfigModel model) {
        model.changed();
        StringBuilder out = new StringBuilder();
        Set<Symbol> handled = new HashSet<>();
        for (MenuNode node : model.allNodes()) {
            Symbol sym = node.symbol();
            if (sym == null || !handled.add(sym)) {
                continue;
            }
            if (!sym.isWritten() || !sym.isChangeable()) {
                continue;
            }
            if (sym.stringValue().equals(model.defaultValue(sym))) {
                continue;
            }
            if (sym.choice() != null && sym == model.choiceDefault(sym.choice()) && sym.tristateValue() == Tristate.YES) {
                continue;
            }
            out.append(ConfigWriter.symbolLine(sym));
        }
        return out.toString();
    }
}
