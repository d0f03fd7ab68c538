package org.kconfigexplorer.app.ui.menu;

import org.kconfigexplorer.kconfig.explain.ExprFormatter;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.RangeProperty;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.ValueValidator;

/** Checks a typed int, hex or string value before it is set, and says why it is refused. Pure. */
public final class ValueInput {

    private ValueInput() {
    }

    /** Why {@code text} cannot become the symbol's value now, or null when it can. */
    public static String whyRejected(KconfigModel model, Symbol sym, String text) {
        if (!OptionLock.isChangeable(model, sym)) {
            return OptionLock.status(model, sym);
        }
        SymbolType type = sym.type();
        if (type == SymbolType.INT && !ValueValidator.isValid(type, text)) {
            return "\u201c" + text + "\u201d is not a decimal integer (e.g. 17 or -1)";
        }
        if (type == SymbolType.HEX && !ValueValidator.isValid(type, text)) {
            return "\u201c" + text + "\u201d is not a hexadecimal number (e.g. 0x1000)";
        }
        if (type.isTristateLike()) {
            return ValueValidator.isValid(type, text) ? null : sym.name() + " takes y, m or n";
        }
        if (!new ValueValidator(model).withinRange(sym, text)) {
            RangeProperty r = model.activeRange(sym);
            return r == null ? "not accepted for " + sym.name()
                    : text + " is outside the allowed range " + bound(r.low()) + " to " + bound(r.high());
        }
        return null;
    }

    private static String bound(Symbol s) {
        return s.isConstant() || !s.isDefined() ? s.name() : ExprFormatter.operand(s) + " [=" + s.stringValue() + "]";
    }

    /** True for the types typed in as text: int, hex and string. */
    public static boolean isTextTyped(Symbol sym) {
        return sym != null && (sym.type() == SymbolType.INT || sym.type() == SymbolType.HEX
                || sym.type() == SymbolType.STRING);
    }
}
