package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.ReverseDependency;
import org.kconfigexplorer.kconfig.model.Symbol;

/**
 * Which defined symbols a symbol is related to, by kind: the symbols its dependencies mention,
 * those it selects or implies, those that select or imply it, and those the "visible if" of its
 * enclosing menus mention. The reverse look-ups (selected by, implied by) are indexed once per
 * model. Constants and names that are never defined (such as number literals) are left out.
 * Pure: reads the model's structure, never its values.
 */
public final class SymbolRelations {

    /** A kind of relation, as the user reads it from the symbol's side. */
    public enum Kind {
        DEPENDS_ON("Depends on"),
        SELECTED_BY("Selected by"),
        IMPLIED_BY("Implied by"),
        SELECTS("Selects"),
        IMPLIES("Implies"),
        VISIBLE_IF("Visible if");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Map<Symbol, List<Symbol>> selectedBy = new HashMap<>();
    private final Map<Symbol, List<Symbol>> impliedBy = new HashMap<>();

    private SymbolRelations(KconfigModel model) {
        for (Symbol s : model.definedSymbols()) {
            for (ReverseDependency r : s.selects()) {
                addOnce(selectedBy, r.target(), s);
            }
            for (ReverseDependency r : s.implies()) {
                addOnce(impliedBy, r.target(), s);
            }
        }
    }

    private static void addOnce(Map<Symbol, List<Symbol>> index, Symbol target, Symbol source) {
        List<Symbol> list = index.computeIfAbsent(target, t -> new ArrayList<>());
        if (!list.contains(source)) {
            list.add(source);
        }
    }

    /** The index of the model's selects and implies (built once per model, then kept with it). */
    public static SymbolRelations of(KconfigModel model) {
        return model.derived(SymbolRelations.class, SymbolRelations::new);
    }

    /** The related symbols of one kind, in order of first mention, without duplicates. */
    public List<Symbol> of(Symbol sym, Kind kind) {
        Set<Symbol> out = new LinkedHashSet<>();
        switch (kind) {
            case DEPENDS_ON -> Expr.forEachSymbol(sym.directDeps(), out::add);
            case SELECTS -> sym.selects().forEach(r -> out.add(r.target()));
            case IMPLIES -> sym.implies().forEach(r -> out.add(r.target()));
            case SELECTED_BY -> out.addAll(selectedBy.getOrDefault(sym, List.of()));
            case IMPLIED_BY -> out.addAll(impliedBy.getOrDefault(sym, List.of()));
            case VISIBLE_IF -> {
                for (MenuNode node : sym.nodes()) {
                    for (MenuNode n = node; n != null; n = n.parent()) {
                        Expr.forEachSymbol(n.visibleIf(), out::add);
                    }
                }
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        out.removeIf(s -> s.isConstant() || !s.isDefined() || s == sym);
        return List.copyOf(out);
    }

    /** Every kind with its related symbols; kinds without any are left out. */
    public Map<Kind, List<Symbol>> all(Symbol sym) {
        Map<Kind, List<Symbol>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            List<Symbol> list = of(sym, k);
            if (!list.isEmpty()) {
                out.put(k, list);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
