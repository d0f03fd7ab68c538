package org.kconfigexplorer.kconfig.model;

/** conf's sym_get_string_default: the value a symbol has when the user sets nothing. */
final class DefaultValueCalculator {

    private final KconfigModel model;

    DefaultValueCalculator(KconfigModel model) {
        this.model = model;
    }

    String compute(Symbol sym) {
        Evaluator ev = model.evaluator();
        ev.calcValue(sym);
        ev.calcVisibility(sym);
        Tristate val = Tristate.NO;
        String str = "";
        DefaultValue def = ev.activeDefault(sym);
        if (def != null) {
            if (sym.type().isTristateLike()) {
                val = ev.value(def.value()).and(ev.value(def.condition()));
            } else if (def.value() instanceof Expr.Sym ds) {
                ev.calcValue(ds.symbol());
                str = ds.symbol().currentString;
            }
        }
        val = val.or(sym.reverseDepsValue);
        Symbol modules = model.modulesSymbol();
        Tristate modulesValue = modules == null ? Tristate.NO : modules.tristateValue();
        if (val == Tristate.MOD && sym.choice() == null && modulesValue == Tristate.NO) {
            val = Tristate.YES;
        }
        if (sym.type() == SymbolType.BOOL && val == Tristate.MOD) {
            val = Tristate.YES;
        }
        if (val.compareTo(sym.weakReverseDepsValue) < 0) {
            val = sym.weakReverseDepsValue;
        }
        switch (sym.type()) {
            case BOOL:
            case TRISTATE:
                return val.text();
            case INT:
                return str.isEmpty() ? "0" : str;
            case HEX:
                return str.isEmpty() ? "0x0" : str;
            default:
                return str;
        }
    }
}
