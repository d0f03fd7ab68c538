package org.kconfigexplorer.kconfig.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.explain.ToolchainFacts;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * Writes a .config fragment for scripts/kconfig/merge_config.sh: the values the user changed
 * from their defaults, in menu order, headed by comments that name the toolchain profile and
 * the toolchain facts the values rely on (a fragment cannot set those: the toolchain is chosen
 * on the make command line).
 */
public final class FragmentWriter {

    private FragmentWriter() {
    }

    /** A changed value: the symbol, the value to write, and whether it holds now. */
    public record Entry(Symbol symbol, String value, boolean inEffect) { }

    /**
     * @param toolchain a description of the toolchain profile, e.g. "Clang 19.1.7 (LLVM=1), rustc 1.85.0 (LLVM 19.1.7)"
     * @param version   the producing program's version, for the header
     */
    public static String write(KconfigModel model, String toolchain, String version) {
        List<Entry> entries = changedEntries(model);
        StringBuilder out = new StringBuilder();
        out.append("# Kconfig fragment written by Kconfig Explorer ").append(version).append('\n');
        out.append("# Kconfig tree: ").append(model.mainMenuTitle()).append('\n');
        out.append("# Toolchain profile: ").append(toolchain).append('\n');
        Set<Symbol> facts = toolchainFacts(model, entries);
        if (!facts.isEmpty()) {
            out.append("# These values need toolchain facts that a fragment cannot set:\n#  ");
            for (Symbol s : facts) {
                out.append(' ').append(s.name()).append('=').append(s.stringValue());
            }
            out.append("\n# Build with that toolchain (make CC=... RUSTC=..., or make LLVM=1 for Clang).\n");
        }
        out.append("# Merge onto a configuration with: scripts/kconfig/merge_config.sh .config <this file>\n");
        for (Entry e : entries) {
            if (!e.inEffect()) {
                out.append("# Requested, but not in effect with the current configuration and toolchain:\n");
            }
            out.append(line(e.symbol(), e.value()));
        }
        return out.toString();
    }

    /**
     * The symbols the user set to something other than their default, in menu order. Only the
     * symbols with a user value are looked at, so this is cheap after every change.
     */
    public static List<Entry> changedEntries(KconfigModel model) {
        MenuOrder order = model.derived(MenuOrder.class, MenuOrder::of);
        List<Symbol> candidates = new ArrayList<>();
        for (Symbol sym : model.symbolsWithUserValues()) {
            if (order.positions().containsKey(sym) && sym.type() != SymbolType.UNKNOWN) {
                candidates.add(sym);
            }
        }
        candidates.sort(Comparator.comparingInt(order.positions()::get));
        List<Entry> entries = new ArrayList<>();
        for (Symbol sym : candidates) {
            String current = sym.stringValue();
            String requested = normalise(sym, sym.userValue());
            boolean inEffect = current.equals(requested);
            if (inEffect && current.equals(model.defaultValue(sym)) && sym.choice() == null) {
                continue;
            }
            if (sym.choice() != null && !"y".equals(requested)) {
                continue;
            }
            entries.add(new Entry(sym, requested, inEffect));
        }
        return entries;
    }

    /** Each symbol of a model's menu tree with its place in menu order (kept with the model). */
    private record MenuOrder(Map<Symbol, Integer> positions) {

        static MenuOrder of(KconfigModel model) {
            Map<Symbol, Integer> positions = new IdentityHashMap<>();
            for (MenuNode node : model.allNodes()) {
                if (node.symbol() != null) {
                    positions.putIfAbsent(node.symbol(), positions.size());
                }
            }
            return new MenuOrder(Collections.unmodifiableMap(positions));
        }
    }

    private static String normalise(Symbol sym, String value) {
        if (sym.type().isTristateLike()) {
            Tristate t = Tristate.fromLetter(value.charAt(0));
            return t == null ? value : t.text();
        }
        return value;
    }

    private static String line(Symbol sym, String value) {
        if (sym.type().isTristateLike() && "n".equals(value)) {
            return "# CONFIG_" + sym.name() + " is not set\n";
        }
        String shown = sym.type() == SymbolType.STRING ? ConfigWriter.escape(value) : value;
        return "CONFIG_" + sym.name() + "=" + shown + "\n";
    }

    /** Toolchain-derived symbols that the enabled entries' dependencies mention, transitively. */
    private static Set<Symbol> toolchainFacts(KconfigModel model, List<Entry> entries) {
        Set<Symbol> facts = new LinkedHashSet<>();
        Set<Symbol> visited = new HashSet<>();
        for (Entry e : entries) {
            if (!"n".equals(e.value())) {
                collect(e.symbol().directDeps(), facts, visited, 0);
            }
        }
        return facts;
    }

    private static void collect(Expr deps, Set<Symbol> facts, Set<Symbol> visited, int depth) {
        if (deps == null || depth > 8) {
            return;
        }
        List<Symbol> mentioned = new ArrayList<>();
        Expr.forEachSymbol(deps, mentioned::add);
        for (Symbol s : mentioned) {
            if (s.isConstant() || !s.isDefined() || !visited.add(s)) {
                continue;
            }
            if (ToolchainFacts.isToolchainDerived(s)) {
                facts.add(s);
            } else {
                collect(s.directDeps(), facts, visited, depth + 1);
            }
        }
    }
}
