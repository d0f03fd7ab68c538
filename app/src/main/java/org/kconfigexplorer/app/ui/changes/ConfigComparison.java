package org.kconfigexplorer.app.ui.changes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.explain.ExprFormatter;
import org.kconfigexplorer.kconfig.explain.ToolchainFacts;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * Compares the current configuration (what Save .config would write) with another .config
 * file: options only here (added), only there (removed) and with different values (changed),
 * each with the reason the model knows for its value here, e.g. "not visible: depends on
 * RUST [=n]". Pure.
 */
public final class ConfigComparison {

    private ConfigComparison() {
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One difference.
     *
     * @param symbol the option's name (without CONFIG_)
     * @param here   its value now ("" when not written here)
     * @param there  its value in the other file ("" when absent there)
     * @param reason why it has its value here, as far as the model knows
     */
    public record Difference(Kind kind, String symbol, String here, String there, String reason) {
        /** "CHANGED RUST: y here, n in the other file (you set it)". */
        public String text() {
            return switch (kind) {
                case ADDED -> "+ " + symbol + "=" + here + " (not in the other file)" + suffix();
                case REMOVED -> "\u2212 " + symbol + "=" + there + " only in the other file" + suffix();
                case CHANGED -> "\u2260 " + symbol + ": " + here + " here, " + there + " there" + suffix();
            };
        }

        private String suffix() {
            return reason.isEmpty() ? "" : " \u2014 " + reason;
        }
    }

    public static List<Difference> compare(KconfigModel model, String otherText) {
        return compare(model, current(model), parse(otherText));
    }

    /**
     * The differences between {@code here} (as {@link #current} gives it for {@code model}) and
     * {@code there} (as {@link #parse} gives it), with the reasons from {@code model}.
     */
    static List<Difference> compare(KconfigModel model, Map<String, String> here, Map<String, String> there) {
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, String> e : here.entrySet()) {
            String other = there.get(e.getKey());
            if (other == null) {
                out.add(new Difference(Kind.ADDED, e.getKey(), e.getValue(), "", reason(model, e.getKey())));
            } else if (!other.equals(e.getValue())) {
                out.add(new Difference(Kind.CHANGED, e.getKey(), e.getValue(), other, reason(model, e.getKey())));
            }
        }
        for (Map.Entry<String, String> e : there.entrySet()) {
            if (!here.containsKey(e.getKey())) {
                out.add(new Difference(Kind.REMOVED, e.getKey(), "", e.getValue(), reason(model, e.getKey())));
            }
        }
        return out;
    }

    /** The values Save .config writes now, in menu order ("n" for "is not set"). */
    static Map<String, String> current(KconfigModel model) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<Symbol> seen = new HashSet<>();
        for (MenuNode node : model.allNodes()) {
            Symbol sym = node.symbol();
            if (sym != null && seen.add(sym) && sym.type() != SymbolType.UNKNOWN && sym.isWritten()) {
                out.put(sym.name(), sym.stringValue());
            }
        }
        return out;
    }

    /** "CONFIG_X=v" and "# CONFIG_X is not set" lines; strings unquoted; later lines win. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("# CONFIG_") && line.endsWith(" is not set")) {
                out.put(line.substring("# CONFIG_".length(), line.length() - " is not set".length()).strip(), "n");
            } else if (line.startsWith("CONFIG_") && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                String value = line.substring(eq + 1);
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                out.put(line.substring("CONFIG_".length(), eq), value);
            }
        }
        return out;
    }

    /** Why the symbol has its value (or none) here. */
    static String reason(KconfigModel model, String name) {
        Symbol sym = model.symbol(name);
        if (sym == null || !sym.isDefined()) {
            return "not in this tree";
        }
        if (ToolchainFacts.isToolchainDerived(sym)) {
            return "toolchain fact: follows the toolchain";
        }
        if (sym.directDepsValue() == Tristate.NO && sym.reverseDepsValue() == Tristate.NO) {
            return "not visible: depends on " + ExprFormatter.formatWithValues(sym.directDeps());
        }
        if (sym.type().isTristateLike() && sym.reverseDepsValue() != Tristate.NO
                && sym.tristateValue() == sym.reverseDepsValue()) {
            return "selected by " + ExprFormatter.formatWithValues(sym.reverseDeps());
        }
        if (sym.prompts().isEmpty()) {
            return "set by the tree (no prompt)";
        }
        if (sym.visibility() == Tristate.NO) {
            return "not visible: its prompt's conditions are unmet";
        }
        if (sym.hasUserValue()) {
            return "set here";
        }
        return "default here";
    }
}
