package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.Prompt;
import org.kconfigexplorer.kconfig.model.ReverseDependency;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * Explains symbols of one model: why each has its value and visibility, what it depends on,
 * who selects or implies it, and which toolchain facts are involved. Build one per model (it
 * indexes selects and implies once); it reads the model and changes nothing.
 */
public final class Explainer {

    private final KconfigModel model;
    private final ReverseIndex index;
    private final ToolchainTracer tracer;

    /**
     * @param provenance command text to profile fields (ExplorerSession.provenance()); empty for the host toolchain
     * @param profile    the toolchain profile, for fields in words; null for the host toolchain
     */
    public Explainer(KconfigModel model, Map<String, String> provenance, ToolchainProfile profile) {
        this.model = model;
        this.index = new ReverseIndex(model);
        this.tracer = new ToolchainTracer(model, provenance, profile);
    }

    /** The explanation of a symbol by name; IllegalArgumentException for a name the tree does not define. */
    public SymbolExplanation explain(String name) {
        String bare = name.startsWith("CONFIG_") ? name.substring("CONFIG_".length()) : name;
        Symbol sym = model.symbol(bare);
        if (sym == null || !sym.isDefined()) {
            throw new IllegalArgumentException("unknown symbol " + bare);
        }
        return explain(sym);
    }

    public SymbolExplanation explain(Symbol sym) {
        String value = sym.stringValue();
        DependencyNode deps = DependencyNode.of(Preconditions.of(model, sym));
        List<String> failing = new ArrayList<>();
        for (DependencyNode leaf : deps.failingLeaves()) {
            failing.add(leaf.label());
        }
        List<String> definitions = new ArrayList<>();
        for (var loc : sym.definitions()) {
            definitions.add(loc.toString());
        }
        List<String> menuPath = sym.nodes().isEmpty() ? List.of() : sym.nodes().get(0).menuPath();
        return new SymbolExplanation(sym.name(), sym.type().keyword(), value, sym.userValue(), sym.promptText(),
                definitions, menuPath, ValueReasons.of(model, sym, index), visibility(sym), deps, failing,
                incoming(index.selectorsOf(sym)), incoming(index.impliersOf(sym)),
                outgoing(sym, sym.selects()), outgoing(sym, sym.implies()), traces(sym));
    }

    private VisibilityExplanation visibility(Symbol sym) {
        List<PromptInfo> prompts = new ArrayList<>();
        for (MenuNode node : sym.nodes()) {
            Prompt p = node.prompt();
            if (p != null) {
                prompts.add(new PromptInfo(p.text(), p.location().toString(),
                        ExprFormatter.formatWithValues(p.condition()), model.evaluate(p.condition()).text()));
            }
        }
        Tristate vis = sym.visibility();
        String summary;
        if (prompts.isEmpty()) {
            summary = "no prompt: the value is set by the tree (defaults, selects), never by the user";
        } else if (vis == Tristate.NO) {
            summary = "not visible: every prompt's condition is n";
        } else if (!sym.isChangeable()) {
            summary = "visible but fixed: selected to " + sym.reverseDepsValue().text() + ", as high as the prompt allows";
        } else {
            summary = "visible: the user can set it (up to " + vis.text()
                    + (sym.reverseDepsValue() != Tristate.NO ? ", at least " + sym.reverseDepsValue().text() : "") + ")";
        }
        return new VisibilityExplanation(vis.text(), sym.isChangeable(), summary, prompts);
    }

    private static List<ReverseDependencyInfo> incoming(List<ReverseIndex.Edge> edges) {
        List<ReverseDependencyInfo> out = new ArrayList<>();
        for (ReverseIndex.Edge e : edges) {
            out.add(info(e.source(), e.property()));
        }
        return out;
    }

    private static List<ReverseDependencyInfo> outgoing(Symbol owner, List<ReverseDependency> props) {
        List<ReverseDependencyInfo> out = new ArrayList<>();
        for (ReverseDependency r : props) {
            out.add(new ReverseDependencyInfo(r.target().name(), r.target().stringValue(),
                    ExprFormatter.formatWithValues(r.condition()), info(owner, r).effect(),
                    String.valueOf(r.location())));
        }
        return out;
    }

    private static ReverseDependencyInfo info(Symbol source, ReverseDependency r) {
        Tristate effect = source.tristateValue().and(source.model().evaluate(r.condition()));
        return new ReverseDependencyInfo(source.name(), source.stringValue(),
                ExprFormatter.formatWithValues(r.condition()), effect.text(), String.valueOf(r.location()));
    }

    private List<ToolchainTrace> traces(Symbol sym) {
        Set<Symbol> involved = new LinkedHashSet<>();
        if (ToolchainFacts.isToolchainDerived(sym)) {
            involved.add(sym);
        }
        Expr.forEachSymbol(sym.directDeps(), involved::add);
        for (Prompt p : sym.prompts()) {
            Expr.forEachSymbol(p.condition(), involved::add);
        }
        List<ToolchainTrace> out = new ArrayList<>();
        for (Symbol s : involved) {
            if (!s.isConstant() && ToolchainFacts.isToolchainDerived(s)) {
                out.add(tracer.trace(s));
            }
        }
        return out;
    }
}
