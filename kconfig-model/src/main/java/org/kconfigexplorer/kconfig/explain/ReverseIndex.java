package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.ReverseDependency;
import org.kconfigexplorer.kconfig.model.Symbol;

/** Who selects and who implies each symbol, with the property that does it; built once per model. */
final class ReverseIndex {

    /** A select or imply property and the symbol that carries it. */
    record Edge(Symbol source, ReverseDependency property) { }

    private final Map<Symbol, List<Edge>> selectors = new IdentityHashMap<>();
    private final Map<Symbol, List<Edge>> impliers = new IdentityHashMap<>();

    ReverseIndex(KconfigModel model) {
        for (Symbol s : model.definedSymbols()) {
            for (ReverseDependency r : s.selects()) {
                selectors.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(new Edge(s, r));
            }
            for (ReverseDependency r : s.implies()) {
                impliers.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(new Edge(s, r));
            }
        }
    }

    List<Edge> selectorsOf(Symbol target) {
        return selectors.getOrDefault(target, List.of());
    }

    List<Edge> impliersOf(Symbol target) {
        return impliers.getOrDefault(target, List.of());
    }
}
