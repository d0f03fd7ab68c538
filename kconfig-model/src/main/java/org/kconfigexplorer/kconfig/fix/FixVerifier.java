package org.kconfigexplorer.kconfig.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.model.UserValues;

/**
 * Checks a candidate on the real model: the changes are added as user values (as conf reads
 * them from a .config), the model is re-evaluated, and the target's value is compared with the
 * request; then the user's values are restored exactly. When the solver's approximation was off
 * (a symbol followed its default rather than the value the solver assumed), the symbols whose
 * value differs from the solver's are pinned and it tries again, at most twice.
 */
final class FixVerifier {

    private final KconfigModel model;
    private final Symbol target;
    private final String requested;
    private final Map<Symbol, String> before = new LinkedHashMap<>();

    /**
     * @param baseline the values before any change, by symbol (captured once per search)
     */
    FixVerifier(KconfigModel model, Symbol target, String requested, Map<Symbol, String> baseline) {
        this.model = model;
        this.target = target;
        this.requested = requested;
        this.before.putAll(baseline);
    }

    static Map<Symbol, String> baseline(KconfigModel model) {
        Map<Symbol, String> values = new LinkedHashMap<>();
        for (Symbol s : model.definedSymbols()) {
            values.put(s, s.stringValue());
        }
        return values;
    }

    /** The verified suggestion, or null when the candidate does not reach the request. */
    FixSuggestion verify(Candidate candidate, List<ProfileChange> profileChanges, Map<String, String> userValuesBefore) {
        UserValues saved = model.saveUserValues();
        try {
            Map<Symbol, String> applied = new LinkedHashMap<>();
            candidate.changes().forEach((s, v) -> applied.put(s, v.text()));
            if (!target.type().isTristateLike()) {
                applied.put(target, requested);
            }
            for (int round = 0; round < 3; round++) {
                apply(applied);
                if (reached()) {
                    return suggestion(applied, profileChanges, userValuesBefore);
                }
                boolean pinned = false;
                for (var e : candidate.coneValues().entrySet()) {
                    if (e.getKey().tristateValue() != e.getValue() && !applied.containsKey(e.getKey())) {
                        applied.put(e.getKey(), e.getValue().text());
                        pinned = true;
                    }
                }
                if (!pinned) {
                    return null;
                }
                model.restoreUserValues(saved);
            }
            return null;
        } finally {
            model.restoreUserValues(saved);
        }
    }

    private void apply(Map<Symbol, String> changes) {
        List<KconfigModel.Assignment> list = new ArrayList<>();
        changes.forEach((s, v) -> list.add(new KconfigModel.Assignment(s, v)));
        model.addUserValues(list);
    }

    boolean reached() {
        return sameValue(target, target.stringValue(), requested);
    }

    static boolean sameValue(Symbol sym, String actual, String wanted) {
        if (sym.type() == SymbolType.HEX) {
            return strip0x(actual).equalsIgnoreCase(strip0x(wanted));
        }
        return actual.equals(wanted);
    }

    private static String strip0x(String s) {
        return s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
    }

    private FixSuggestion suggestion(Map<Symbol, String> applied, List<ProfileChange> profileChanges,
                                     Map<String, String> userValuesBefore) {
        List<SymbolChange> changes = new ArrayList<>();
        List<SymbolChange> conflicts = new ArrayList<>();
        for (var e : applied.entrySet()) {
            Symbol s = e.getKey();
            String from = before.containsKey(s) ? before.get(s) : s.stringValue();
            SymbolChange c = new SymbolChange(s.name(), from, e.getValue(), userValuesBefore.get(s.name()));
            changes.add(c);
            if (c.conflict()) {
                conflicts.add(c);
            }
        }
        List<SideEffect> effects = new ArrayList<>();
        for (var e : before.entrySet()) {
            Symbol s = e.getKey();
            if (applied.containsKey(s)) {
                continue;
            }
            String now = s.stringValue();
            if (!now.equals(e.getValue())) {
                effects.add(new SideEffect(s.name(), e.getValue(), now,
                        s.type().isTristateLike() && s.reverseDepsValue() != Tristate.NO));
            }
        }
        return new FixSuggestion(profileChanges, changes, conflicts, effects);
    }
}
