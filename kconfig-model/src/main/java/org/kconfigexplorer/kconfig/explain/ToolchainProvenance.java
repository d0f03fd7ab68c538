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

/**
 * Which toolchain-profile fields produced a symbol's value: the $(shell,...) commands behind
 * its defaults (recorded by the parser) mapped to the fields that answered them (recorded by
 * the profile shell), e.g. CC_IS_CLANG comes from "cc.kind", RUSTC_LLVM_VERSION from
 * "rustc.llvmVersion".
 */
public final class ToolchainProvenance {

    /** The answer of a command that needed only the shell itself, not the profile. */
    public static final String SHELL_ONLY = "shell";

    private ToolchainProvenance() {
    }

    /**
     * The fields behind the default that gives the symbol its value now (or, when none
     * applies, behind all of its defaults), in first-seen order.
     *
     * @param commandFields command text to comma-separated field names
     */
    public static Set<String> fields(KconfigModel model, Symbol sym, Map<String, String> commandFields) {
        Set<String> fields = new LinkedHashSet<>();
        collect(model, sym, commandFields, fields, new HashSet<>());
        return fields;
    }

    /** Adds the fields behind {@code sym}, following toolchain-derived symbols its default mentions. */
    private static void collect(KconfigModel model, Symbol sym, Map<String, String> commandFields, Set<String> fields,
                                Set<Symbol> visited) {
        if (!visited.add(sym)) {
            return;
        }
        DefaultValue active = model.activeDefault(sym);
        List<DefaultValue> considered = active != null && active.fromMacro() ? List.of(active) : sym.defaults();
        for (DefaultValue def : considered) {
            for (String command : def.macroCommands()) {
                String answer = commandFields.get(command);
                if (answer == null) {
                    continue;
                }
                for (String field : answer.split(",")) {
                    String f = field.trim();
                    if (!f.isEmpty() && !f.equals(SHELL_ONLY)) {
                        fields.add(f);
                    }
                }
            }
            List<Symbol> mentioned = new ArrayList<>();
            Expr.forEachSymbol(def.value(), mentioned::add);
            Expr.forEachSymbol(def.condition(), mentioned::add);
            for (Symbol s : mentioned) {
                if (!s.isConstant() && ToolchainFacts.isToolchainDerived(s)) {
                    collect(model, s, commandFields, fields, visited);
                }
            }
        }
    }
}
