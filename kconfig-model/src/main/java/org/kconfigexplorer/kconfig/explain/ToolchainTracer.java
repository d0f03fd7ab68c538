package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.model.DefaultValue;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * Traces a toolchain-derived symbol to the profile fields behind it: the default that gave the
 * value (or why none applied), the toolchain-derived symbols it mentions, and the fields that
 * answered the $(shell,...) commands of that default (from {@link ToolchainProvenance}'s data).
 */
final class ToolchainTracer {

    private final KconfigModel model;
    private final Map<String, String> provenance;
    private final ToolchainProfile profile;

    ToolchainTracer(KconfigModel model, Map<String, String> provenance, ToolchainProfile profile) {
        this.model = model;
        this.provenance = provenance;
        this.profile = profile;
    }

    ToolchainTrace trace(Symbol sym) {
        return trace(sym, new HashSet<>());
    }

    private ToolchainTrace trace(Symbol sym, Set<Symbol> path) {
        path.add(sym);
        DefaultValue active = model.activeDefault(sym);
        List<DefaultValue> considered = new ArrayList<>();
        String reason;
        if (active != null) {
            considered.add(active);
            reason = "default " + ExprFormatter.format(active.value())
                    + (active.condition() == null ? "" : " if " + ExprFormatter.formatWithValues(active.condition()))
                    + " (" + active.location() + ")";
        } else {
            for (DefaultValue d : sym.defaults()) {
                if (d.fromMacro()) {
                    considered.add(d);
                }
            }
            reason = considered.isEmpty() ? "no default applies"
                    : "no default applies: " + ExprFormatter.formatWithValues(considered.get(0).condition()) + " is n";
        }
        Set<Symbol> mentioned = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        for (DefaultValue d : considered) {
            Expr.forEachSymbol(d.condition(), mentioned::add);
            Expr.forEachSymbol(d.value(), mentioned::add);
            for (String command : d.macroCommands()) {
                String answer = provenance.get(command);
                if (answer != null) {
                    for (String f : answer.split(",")) {
                        String field = f.trim();
                        if (!field.isEmpty() && !field.equals(ToolchainProvenance.SHELL_ONLY)) {
                            fields.add(field);
                        }
                    }
                }
            }
        }
        List<ToolchainTrace> because = new ArrayList<>();
        for (Symbol s : mentioned) {
            if (!s.isConstant() && !path.contains(s) && ToolchainFacts.isToolchainDerived(s)) {
                because.add(trace(s, new HashSet<>(path)));
            }
        }
        Set<String> explainedBelow = new HashSet<>();
        for (ToolchainTrace t : because) {
            collectFields(t, explainedBelow);
        }
        fields.removeAll(explainedBelow);
        List<String> facts = new ArrayList<>();
        for (String f : fields) {
            facts.add(ProfileFieldText.describe(profile, f));
        }
        return new ToolchainTrace(sym.name(), sym.stringValue(), reason, new ArrayList<>(fields), facts, because);
    }

    private static void collectFields(ToolchainTrace t, Set<String> out) {
        out.addAll(t.fields());
        for (ToolchainTrace b : t.because()) {
            collectFields(b, out);
        }
    }
}
