package org.kconfigexplorer.kconfig.model;

import java.math.BigInteger;

/**
 * Computes symbol values with the semantics of scripts/kconfig/symbol.c: values are computed
 * lazily and cached until any input changes, a symbol is marked valid before its own
 * computation (so a dependency loop sees the type's zero value), and choices pick their
 * selection in conf's priority order.
 */
final class Evaluator {

    private final KconfigModel model;
    private Tristate modulesValue = Tristate.NO;
    /**
     * The current evaluation round: a symbol's value is valid while it was computed in this
     * round, so forgetting every value is one increment instead of a pass over all symbols.
     */
    private long round = 1;

    Evaluator(KconfigModel model) {
        this.model = model;
    }

    SymbolType effectiveType(Symbol sym) {
        if (sym.type == SymbolType.TRISTATE && modulesValue == Tristate.NO) {
            return SymbolType.BOOL;
        }
        return sym.type;
    }

    Tristate modulesValue() {
        return modulesValue;
    }

    /** conf's sym_clear_all_valid: forget every computed value, then recompute MODULES. */
    void invalidateAll() {
        round++;
        Symbol modules = model.modulesSymbol();
        if (modules != null) {
            calcValue(modules);
        }
    }

    Tristate value(Expr e) {
        if (e == null) {
            return Tristate.YES;
        }
        if (e instanceof Expr.Sym s) {
            calcValue(s.symbol());
            return s.symbol().currentTristate;
        }
        if (e instanceof Expr.Not n) {
            return value(n.operand()).not();
        }
        if (e instanceof Expr.And a) {
            Tristate left = value(a.left());
            return left.and(value(a.right()));
        }
        if (e instanceof Expr.Or o) {
            Tristate left = value(o.left());
            return left.or(value(o.right()));
        }
        Expr.Compare c = (Expr.Compare) e;
        return c.relation().holds(compare(c.left(), c.right())) ? Tristate.YES : Tristate.NO;
    }

    /** Three-way comparison of two symbols' values as conf's expr_calc_value does it. */
    private int compare(Symbol left, Symbol right) {
        calcValue(left);
        calcValue(right);
        String s1 = left.stringValue();
        String s2 = right.stringValue();
        if (left.type != SymbolType.STRING || right.type != SymbolType.STRING) {
            ParsedNumber n1 = ParsedNumber.parse(s1, left.type);
            ParsedNumber n2 = ParsedNumber.parse(s2, right.type);
            if (n1 != null && n2 != null) {
                if (n1.unsigned() || n2.unsigned()) {
                    return Integer.signum(n1.asUnsigned().compareTo(n2.asUnsigned()));
                }
                return Long.compare(n1.value(), n2.value());
            }
        }
        return Integer.signum(compareBytes(s1, s2));
    }

    private static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }

    void calcVisibility(Symbol sym) {
        Tristate tri = Tristate.NO;
        for (Prompt prompt : sym.prompts) {
            tri = tri.or(value(prompt.condition()));
        }
        if (tri == Tristate.MOD && (sym.type != SymbolType.TRISTATE || modulesValue == Tristate.NO)) {
            tri = Tristate.YES;
        }
        sym.visible = tri;
        if (sym.choice != null) {
            return;
        }
        sym.directDepsValue = boolClamp(sym, sym.directDeps == null ? Tristate.YES : value(sym.directDeps));
        sym.reverseDepsValue = boolClamp(sym, sym.reverseDeps == null ? Tristate.NO : value(sym.reverseDeps));
        sym.weakReverseDepsValue = boolClamp(sym,
                sym.weakReverseDeps == null ? Tristate.NO : value(sym.weakReverseDeps));
    }

    private Tristate boolClamp(Symbol sym, Tristate tri) {
        return tri == Tristate.MOD && effectiveType(sym) == SymbolType.BOOL ? Tristate.YES : tri;
    }

    void calcChoiceVisibility(Choice choice) {
        Tristate tri = Tristate.NO;
        for (Prompt prompt : choice.prompts) {
            tri = tri.or(value(prompt.condition()));
        }
        choice.visible = tri == Tristate.MOD ? Tristate.YES : tri;
    }

    /** conf's sym_calc_value. */
    void calcValue(Symbol sym) {
        if (sym.validIn == round || sym.isConstant()) {
            return;
        }
        sym.validIn = round;
        Tristate oldTristate = sym.currentTristate;

        String newString;
        switch (sym.type) {
            case INT: newString = "0"; break;
            case HEX: newString = "0x0"; break;
            case STRING: newString = ""; break;
            case BOOL:
            case TRISTATE: newString = "n"; break;
            default:
                sym.currentString = sym.name();
                sym.currentTristate = Tristate.NO;
                return;
        }
        Tristate newTristate = Tristate.NO;
        sym.write = false;
        if (sym.transitional) {
            calcTransitional(sym, newString);
            return;
        }
        calcVisibility(sym);
        if (sym.visible != Tristate.NO) {
            sym.write = true;
        }
        // The value seen by a recursive reference while this one is being computed.
        sym.currentTristate = Tristate.NO;
        sym.currentString = newString;

        switch (effectiveType(sym)) {
            case BOOL:
            case TRISTATE:
                if (sym.choice != null) {
                    calcChoice(sym.choice);
                    newTristate = sym.currentTristate;
                } else {
                    newTristate = calcTristate(sym);
                }
                if (newTristate == Tristate.MOD && effectiveType(sym) == SymbolType.BOOL) {
                    newTristate = Tristate.YES;
                }
                break;
            default:
                if (sym.visible != Tristate.NO && sym.userValue != null) {
                    newString = sym.userValue;
                    break;
                }
                DefaultValue def = activeDefault(sym);
                if (def != null && def.value() instanceof Expr.Sym ds) {
                    sym.write = true;
                    calcValue(ds.symbol());
                    newString = ds.symbol().currentString;
                }
                break;
        }
        sym.currentTristate = newTristate;
        sym.currentString = newString;
        validateRange(sym);

        if (sym == model.modulesSymbol() && oldTristate != sym.currentTristate) {
            modulesValue = sym.currentTristate;
        } else if (sym == model.modulesSymbol()) {
            modulesValue = sym.currentTristate;
        }
    }

    /** A transitional symbol's value is its user value (from an old .config), else the zero value. */
    private void calcTransitional(Symbol sym, String zero) {
        calcVisibility(sym);
        if (sym.type.isTristateLike()) {
            Tristate user = sym.userValue == null ? null : Tristate.fromLetter(sym.userValue.charAt(0));
            Tristate value = user == null ? Tristate.NO : user;
            sym.currentTristate = value == Tristate.MOD && effectiveType(sym) == SymbolType.BOOL ? Tristate.YES : value;
            sym.currentString = sym.currentTristate.text();
        } else {
            sym.currentTristate = Tristate.NO;
            sym.currentString = sym.userValue == null ? zero : sym.userValue;
        }
    }

    private Tristate calcTristate(Symbol sym) {
        Tristate result = Tristate.NO;
        boolean fromUser = false;
        if (sym.visible != Tristate.NO && sym.userValue != null) {
            Tristate user = Tristate.fromLetter(sym.userValue.charAt(0));
            result = (user == null ? Tristate.NO : user).and(sym.visible);
            fromUser = true;
        }
        if (!fromUser) {
            if (sym.reverseDepsValue != Tristate.NO) {
                sym.write = true;
            }
            DefaultValue def = activeDefault(sym);
            if (def != null) {
                result = value(def.value()).and(value(def.condition()));
                if (result != Tristate.NO) {
                    sym.write = true;
                }
            }
            if (sym.weakReverseDepsValue != Tristate.NO) {
                sym.write = true;
                result = result.or(sym.weakReverseDepsValue).and(sym.directDepsValue);
            }
        }
        if (sym.directDepsValue.compareTo(sym.reverseDepsValue) < 0) {
            model.reportUnmetDependency(sym);
        }
        return result.or(sym.reverseDepsValue);
    }

    /** The first default whose condition is not n (conf's sym_get_default_prop). */
    DefaultValue activeDefault(ConfigItem item) {
        for (DefaultValue def : item.defaults) {
            if (value(def.condition()) != Tristate.NO) {
                return def;
            }
        }
        return null;
    }

    /** The first range whose condition is not n. */
    RangeProperty activeRange(Symbol sym) {
        for (RangeProperty range : sym.ranges) {
            if (value(range.condition()) != Tristate.NO) {
                return range;
            }
        }
        return null;
    }

    private void validateRange(Symbol sym) {
        if (!sym.type.isNumeric()) {
            return;
        }
        RangeProperty range = activeRange(sym);
        if (range == null) {
            return;
        }
        int base = sym.type == SymbolType.INT ? 10 : 16;
        long val = CNumbers.strtoll(sym.currentString, base);
        Symbol bound = range.low();
        long boundValue = rangeBound(bound, base);
        if (val >= boundValue) {
            bound = range.high();
            boundValue = rangeBound(bound, base);
            if (val <= boundValue) {
                return;
            }
        }
        sym.currentString = bound.currentString;
    }

    long rangeBound(Symbol bound, int base) {
        calcValue(bound);
        int effectiveBase = bound.type == SymbolType.INT ? 10 : bound.type == SymbolType.HEX ? 16 : base;
        return CNumbers.strtoll(bound.currentString, effectiveBase);
    }

    /** conf's sym_choice_default: the first visible default, else the first visible member. */
    Symbol choiceDefault(Choice choice) {
        for (DefaultValue def : choice.defaults) {
            if (value(def.condition()) == Tristate.NO) {
                continue;
            }
            if (def.value() instanceof Expr.Sym s) {
                calcValue(s.symbol());
                if (s.symbol().visible != Tristate.NO) {
                    return s.symbol();
                }
            }
        }
        for (Symbol member : choice.members) {
            if (member.visible != Tristate.NO) {
                return member;
            }
        }
        return null;
    }

    /** conf's sym_calc_choice. */
    Symbol calcChoice(Choice choice) {
        calcChoiceVisibility(choice);
        Symbol result = null;
        for (Symbol sym : choice.priority) {
            calcVisibility(sym);
            if (sym.visible == Tristate.NO) {
                continue;
            }
            if (sym.userValue != null && Tristate.fromLetter(sym.userValue.charAt(0)) == Tristate.YES) {
                result = sym;
                break;
            }
        }
        if (result == null) {
            result = choiceDefault(choice);
            if (result != null && result.userValue != null
                    && Tristate.fromLetter(result.userValue.charAt(0)) == Tristate.NO) {
                result = null;
            }
        }
        if (result == null) {
            for (Symbol sym : choice.members) {
                if (sym.visible != Tristate.NO && sym.userValue == null) {
                    result = sym;
                    break;
                }
            }
        }
        if (result == null) {
            for (int i = choice.priority.size() - 1; i >= 0; i--) {
                Symbol sym = choice.priority.get(i);
                if (sym.visible != Tristate.NO) {
                    result = sym;
                    break;
                }
            }
        }
        for (Symbol sym : choice.members) {
            if (sym.visible == Tristate.NO) {
                continue;
            }
            sym.currentTristate = sym == result ? Tristate.YES : Tristate.NO;
            sym.validIn = round;
            sym.write = true;
        }
        choice.selection = result;
        return result;
    }

    /** A number in a symbol value as conf's expr_parse_string reads it, or null for text. */
    record ParsedNumber(long value, boolean unsigned) {

        BigInteger asUnsigned() {
            return unsigned ? new BigInteger(Long.toUnsignedString(value)) : BigInteger.valueOf(value);
        }

        static ParsedNumber parse(String text, SymbolType type) {
            switch (type) {
                case BOOL:
                case TRISTATE:
                    long v = "n".equals(text) ? 0 : "m".equals(text) ? 1 : "y".equals(text) ? 2 : -1;
                    return new ParsedNumber(v, false);
                case INT:
                    return CNumbers.parseWhole(text, 10, false).map(x -> new ParsedNumber(x, false)).orElse(null);
                case HEX:
                    return CNumbers.parseWhole(text, 16, true).map(x -> new ParsedNumber(x, true)).orElse(null);
                default:
                    return CNumbers.parseWhole(text, 0, false).map(x -> new ParsedNumber(x, false)).orElse(null);
            }
        }
    }
}
