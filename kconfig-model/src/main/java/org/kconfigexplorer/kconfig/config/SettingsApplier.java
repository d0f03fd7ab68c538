package org.kconfigexplorer.kconfig.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kconfigexplorer.kconfig.explain.Preconditions;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.ValueValidator;

/**
 * Applies NAME=VALUE settings to a model the way a user would in menuconfig (used by the
 * CLI's fragment command and the explorer's fix suggestions): a setting that is
 * not allowed yet (say RUST_INLINE_HELPERS before RUST) is retried after the others, until no
 * more progress is made. What still cannot be set is reported with the reason.
 */
public final class SettingsApplier {

    /** A setting that could not be applied, and why. */
    public record Failure(String setting, String reason) { }

    private SettingsApplier() {
    }

    /** Parses "NAME=VALUE" (an optional CONFIG_ prefix is accepted). */
    public static Map.Entry<String, String> parse(String setting) {
        int eq = setting.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected NAME=VALUE, got \"" + setting + "\"");
        }
        String name = setting.substring(0, eq);
        if (name.startsWith("CONFIG_")) {
            name = name.substring("CONFIG_".length());
        }
        String value = setting.substring(eq + 1);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return Map.entry(name, value);
    }

    /** Applies the settings; returns the ones that could not be applied. */
    public static List<Failure> apply(KconfigModel model, List<String> settings) {
        List<Map.Entry<String, String>> parsed = new ArrayList<>();
        for (String setting : settings) {
            parsed.add(parse(setting));
        }
        return applyValues(model, parsed);
    }

    /**
     * Applies NAME, VALUE pairs (values as they are, no quotes), retrying those not allowed yet
     * until no more progress is made; returns the ones that could not be applied.
     */
    public static List<Failure> applyValues(KconfigModel model, List<Map.Entry<String, String>> values) {
        Map<String, Map.Entry<String, String>> pending = new LinkedHashMap<>();
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, String> e : values) {
            String setting = e.getKey() + "=" + e.getValue();
            Symbol sym = model.symbol(e.getKey());
            String problem = sym == null || !sym.isDefined() ? "unknown symbol " + e.getKey()
                    : ValueValidator.problem(sym, e.getValue());
            if (problem != null) {
                failures.add(new Failure(setting, problem));
            } else {
                pending.put(setting, e);
            }
        }
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (var it = pending.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, String> e = it.next().getValue();
                if (model.setUserValue(model.symbol(e.getKey()), e.getValue())) {
                    it.remove();
                    progress = true;
                }
            }
        }
        for (var entry : pending.entrySet()) {
            Symbol sym = model.symbol(entry.getValue().getKey());
            List<String> advice = Preconditions.advice(model, sym);
            String reason = advice.isEmpty()
                    ? sym.name() + " cannot take that value now (visibility " + sym.visibility().text()
                      + ", forced to at least " + sym.reverseDepsValue().text() + " by select)"
                    : String.join("; ", advice);
            failures.add(new Failure(entry.getKey(), reason));
        }
        return failures;
    }
}
