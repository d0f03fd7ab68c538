package org.kconfigexplorer.app.ui.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/** What clicking a bool/tristate option does: pure rules over the model's allowed values. */
public final class OptionToggle {

    private OptionToggle() {
    }

    /** The values the user may give the symbol now, in n, m, y order (empty: not changeable). */
    public static List<Tristate> allowedValues(KconfigModel model, Symbol sym) {
        List<Tristate> allowed = new ArrayList<>();
        if (!sym.type().isTristateLike()) {
            return allowed;
        }
        if (sym.choice() != null) {
            // A choice member can only be picked, never switched off directly.
            if (sym.visibility() != Tristate.NO && sym.tristateValue() != Tristate.YES) {
                allowed.add(Tristate.YES);
            }
            return allowed;
        }
        for (Tristate t : Tristate.values()) {
            if (model.canSetTristate(sym, t)) {
                allowed.add(t);
            }
        }
        if (allowed.size() == 1 && allowed.get(0) == sym.tristateValue()) {
            return List.of();
        }
        return allowed;
    }

    /**
     * The value a click moves to: the next allowed value after the current one, cycling
     * n, m, y (so a bool goes n to y and back). Empty when nothing else is allowed.
     */
    public static Optional<Tristate> next(KconfigModel model, Symbol sym) {
        List<Tristate> allowed = allowedValues(model, sym);
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        Tristate current = sym.tristateValue();
        for (Tristate t : allowed) {
            if (t.compareTo(current) > 0) {
                return Optional.of(t);
            }
        }
        Tristate first = allowed.get(0);
        return first == current ? Optional.empty() : Optional.of(first);
    }
}
