package org.kconfigexplorer.kconfig.model;

/** conf's sym_string_valid and sym_string_within_range: may a text become a symbol's value? */
public final class ValueValidator {

    private final KconfigModel model;

    public ValueValidator(KconfigModel model) {
        this.model = model;
    }

    /**
     * Why a value a user asks for is malformed for the symbol's type, or null when it is fine.
     * Stricter than conf's reader: bool takes exactly y or n, tristate y, m or n.
     */
    public static String problem(Symbol sym, String value) {
        boolean ok = switch (sym.type()) {
            case BOOL -> value.equals("y") || value.equals("n");
            case TRISTATE -> value.equals("y") || value.equals("m") || value.equals("n");
            case UNKNOWN -> false;
            default -> isValid(sym.type(), value);
        };
        if (ok) {
            return null;
        }
        String expected = switch (sym.type()) {
            case BOOL -> " (expected y or n)";
            case TRISTATE -> " (expected y, m or n)";
            case INT -> " (expected a decimal number)";
            case HEX -> " (expected a hexadecimal number)";
            default -> "";
        };
        return "\"" + value + "\" is not a valid " + sym.type().keyword() + " value for " + sym.name() + expected;
    }

    /** Whether {@code text} has the form the symbol's type requires. */
    public static boolean isValid(SymbolType type, String text) {
        switch (type) {
            case STRING:
                return true;
            case INT: {
                int i = 0;
                if (i < text.length() && text.charAt(i) == '-') {
                    i++;
                }
                if (i >= text.length() || !isDigit(text.charAt(i))) {
                    return false;
                }
                if (text.charAt(i) == '0' && i + 1 < text.length()) {
                    return false;
                }
                for (; i < text.length(); i++) {
                    if (!isDigit(text.charAt(i))) {
                        return false;
                    }
                }
                return true;
            }
            case HEX: {
                int i = 0;
                if (text.length() >= 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
                    i = 2;
                }
                if (i >= text.length()) {
                    return false;
                }
                for (; i < text.length(); i++) {
                    if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 127) {
                        return false;
                    }
                }
                return true;
            }
            case BOOL:
            case TRISTATE:
                return !text.isEmpty() && Tristate.fromLetter(text.charAt(0)) != null;
            default:
                return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code text} is valid and inside the symbol's active range. */
    public boolean withinRange(Symbol sym, String text) {
        switch (sym.type()) {
            case STRING:
                return true;
            case INT:
            case HEX: {
                if (!isValid(sym.type(), text)) {
                    return false;
                }
                sym.stringValue();
                RangeProperty range = model.activeRange(sym);
                if (range == null) {
                    return true;
                }
                int base = sym.type() == SymbolType.INT ? 10 : 16;
                long val = CNumbers.strtoll(text, base);
                return val >= model.evaluator().rangeBound(range.low(), base)
                        && val <= model.evaluator().rangeBound(range.high(), base);
            }
            case BOOL:
            case TRISTATE: {
                Tristate t = text.isEmpty() ? null : Tristate.fromLetter(text.charAt(0));
                return t != null && model.canSetTristate(sym, t);
            }
            default:
                return false;
        }
    }
}
