package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kconfigexplorer.kconfig.model.DefaultValue;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * Builds the preconditions of a symbol as a tree: its direct dependencies with every term's
 * current value and met/unmet verdict. Symbols in the tree are opened one level further when
 * that tells the user something: a toolchain fact shows the condition of its default (so
 * RUSTC_CLANG_LLVM_COMPATIBLE shows "CC_IS_CLANG" and the LLVM comparison), and an unmet
 * symbol shows its own dependencies. Pure: reads the model, changes nothing.
 */
public final class Preconditions {

    private static final int MAX_DEPTH = 3;

    private final KconfigModel model;

    private Preconditions(KconfigModel model) {
        this.model = model;
    }

    /** The tree for {@code sym}: an ALL_OF node over its direct dependencies ("y" when none). */
    public static ConditionNode of(KconfigModel model, Symbol sym) {
        return new Preconditions(model).build(sym);
    }

    private ConditionNode build(Symbol sym) {
        Set<Symbol> path = new HashSet<>();
        path.add(sym);
        List<ConditionNode> children = new ArrayList<>();
        Expr deps = sym.directDeps();
        if (deps != null) {
            ConditionNode tree = node(deps, 1, path);
            if (tree.kind() == ConditionNode.Kind.ALL_OF) {
                children.addAll(tree.children());
            } else {
                children.add(tree);
            }
        }
        Tristate value = model.evaluate(deps);
        String label = "Requirements of " + sym.name();
        return new ConditionNode(ConditionNode.Kind.ALL_OF, label, value, value != Tristate.NO, sym,
                deps == null ? "no dependencies" : null, children);
    }

    private ConditionNode node(Expr e, int depth, Set<Symbol> path) {
        Tristate value = model.evaluate(e);
        boolean met = value != Tristate.NO;
        if (e instanceof Expr.And || e instanceof Expr.Or) {
            boolean and = e instanceof Expr.And;
            List<Expr> operands = new ArrayList<>();
            flattenOperands(e, and, operands);
            List<ConditionNode> children = new ArrayList<>();
            for (Expr operand : operands) {
                children.add(node(operand, depth, path));
            }
            return new ConditionNode(and ? ConditionNode.Kind.ALL_OF : ConditionNode.Kind.ANY_OF,
                    and ? "all of" : "any of", value, met, null, null, children);
        }
        if (e instanceof Expr.Not n) {
            ConditionNode child = node(n.operand(), depth, path);
            return new ConditionNode(ConditionNode.Kind.NOT, "not " + ExprFormatter.format(n.operand()), value, met,
                    null, null, List.of(child));
        }
        if (e instanceof Expr.Compare c) {
            String label = ExprFormatter.operand(c.left()) + " " + c.relation().operator() + " "
                    + ExprFormatter.operand(c.right());
            String detail = "is " + c.left().stringValue() + " " + c.relation().operator() + " " + c.right().stringValue();
            List<ConditionNode> children = new ArrayList<>();
            for (Symbol s : List.of(c.left(), c.right())) {
                if (!s.isConstant() && s.isDefined() && depth < MAX_DEPTH && !path.contains(s)) {
                    ConditionNode why = explainSymbol(s, depth + 1, path);
                    if (why != null) {
                        children.add(why);
                    }
                }
            }
            return new ConditionNode(ConditionNode.Kind.COMPARISON, label, value, met, null, detail, children);
        }
        Symbol sym = ((Expr.Sym) e).symbol();
        List<ConditionNode> children = new ArrayList<>();
        if (!sym.isConstant() && sym.isDefined() && depth < MAX_DEPTH && !path.contains(sym)) {
            ConditionNode why = explainSymbol(sym, depth + 1, path);
            if (why != null) {
                children.addAll(why.kind() == ConditionNode.Kind.ALL_OF ? why.children() : List.of(why));
            }
        }
        return new ConditionNode(ConditionNode.Kind.SYMBOL, sym.name(), value, met, sym, describe(sym), children);
    }

    /** Why a symbol has its value, one level down; null when nothing useful can be said. */
    private ConditionNode explainSymbol(Symbol sym, int depth, Set<Symbol> path) {
        Set<Symbol> deeper = new HashSet<>(path);
        deeper.add(sym);
        if (ToolchainFacts.isToolchainDerived(sym)) {
            DefaultValue def = firstMacroDefault(sym);
            if (def != null && def.condition() != null && !(isTrivial(def.condition()))) {
                return node(def.condition(), depth, deeper);
            }
            return null;
        }
        if (sym.tristateValue() == Tristate.NO && sym.directDeps() != null
                && model.evaluate(sym.directDeps()) == Tristate.NO) {
            return node(sym.directDeps(), depth, deeper);
        }
        return null;
    }

    private static boolean isTrivial(Expr e) {
        return e instanceof Expr.Sym s && s.symbol().isConstant();
    }

    private static DefaultValue firstMacroDefault(Symbol sym) {
        for (DefaultValue def : sym.defaults()) {
            if (def.fromMacro()) {
                return def;
            }
        }
        return null;
    }

    private static void flattenOperands(Expr e, boolean and, List<Expr> out) {
        if (and && e instanceof Expr.And a) {
            flattenOperands(a.left(), true, out);
            flattenOperands(a.right(), true, out);
        } else if (!and && e instanceof Expr.Or o) {
            flattenOperands(o.left(), false, out);
            flattenOperands(o.right(), false, out);
        } else {
            out.add(e);
        }
    }

    private static String describe(Symbol sym) {
        if (sym.isConstant()) {
            return "constant";
        }
        if (!sym.isDefined()) {
            return "not defined in this tree";
        }
        if (ToolchainFacts.isToolchainDerived(sym)) {
            return "toolchain fact";
        }
        if (sym.prompts().isEmpty()) {
            return "set by the tree (no prompt)";
        }
        return sym.type() == SymbolType.TRISTATE || sym.type() == SymbolType.BOOL ? "option you can set" : "value you can set";
    }

    /**
     * What to change, from the unmet leaves of the tree: one line per blocking symbol,
     * "Set EXPERT to y" for options the user can change, and a toolchain note for facts.
     */
    public static List<String> advice(KconfigModel model, Symbol sym) {
        ConditionNode root = of(model, sym);
        Set<String> lines = new LinkedHashSet<>();
        collectAdvice(root, lines);
        if (lines.isEmpty() && sym.visibility() == Tristate.NO && root.met()) {
            lines.add(sym.name() + " has no visible prompt here; its value is set by the tree");
        }
        return new ArrayList<>(lines);
    }

    private static void collectAdvice(ConditionNode node, Set<String> lines) {
        if (node.met()) {
            return;
        }
        boolean unmetChild = node.children().stream().anyMatch(c -> !c.met());
        if (node.kind() == ConditionNode.Kind.SYMBOL && node.symbol() != null) {
            Symbol s = node.symbol();
            if (ToolchainFacts.isToolchainDerived(s)) {
                lines.add("Toolchain: " + s.name() + " is " + s.stringValue()
                        + " with this toolchain profile; change the toolchain");
            } else if (!s.prompts().isEmpty() && s.visibility() != Tristate.NO) {
                lines.add("Set " + s.name() + " to y");
            } else if (!unmetChild) {
                lines.add(s.name() + " is " + s.stringValue() + " and cannot be set here");
            }
        } else if (node.kind() == ConditionNode.Kind.NOT) {
            ConditionNode inner = node.children().get(0);
            if (inner.kind() == ConditionNode.Kind.SYMBOL && inner.symbol() != null
                    && !inner.symbol().prompts().isEmpty()) {
                lines.add("Set " + inner.symbol().name() + " to n");
            } else {
                lines.add("Make " + inner.label() + " false");
            }
            return;
        } else if (node.kind() == ConditionNode.Kind.COMPARISON && !unmetChild) {
            lines.add("Needs " + node.label() + " (" + node.detail() + ")");
        }
        if (node.kind() == ConditionNode.Kind.ANY_OF) {
            // Any one alternative is enough: advise the first.
            node.children().stream().filter(c -> !c.met()).findFirst().ifPresent(c -> collectAdvice(c, lines));
            return;
        }
        for (ConditionNode child : node.children()) {
            collectAdvice(child, lines);
        }
    }
}
