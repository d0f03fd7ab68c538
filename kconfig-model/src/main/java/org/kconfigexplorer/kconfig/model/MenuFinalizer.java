package org.kconfigexplorer.kconfig.model;

import java.util.ArrayList;
import java.util.List;

/**
 * conf's menu_finalize: propagates each node's parents' dependencies into the node and its
 * properties, builds reverse dependencies from select and imply, gathers each symbol's direct
 * dependencies, creates implicit submenus under symbols that following entries depend on, and
 * flattens if blocks. Afterwards it assigns choice members to their choice.
 */
final class MenuFinalizer {

    private final KconfigModel model;
    private final List<Diagnostic> diagnostics;

    MenuFinalizer(KconfigModel model, List<Diagnostic> diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    void finalizeTree() {
        finalizeNode(model.root, false);
        for (Symbol sym : model.allSymbolsIncludingConstants()) {
            sym.choice = choiceOf(sym);
            checkProperties(sym);
        }
    }

    private void finalizeNode(MenuNode parent, boolean insideChoice) {
        Symbol sym = parent.symbol();
        if (!parent.children.isEmpty()) {
            for (MenuNode child : parent.children) {
                Expr basedep = Expr.and(parent.dependencies, rewriteM(child.dependencies));
                child.dependencies = basedep;
                propagateToProperties(child, basedep);
            }
            boolean childrenInChoice = parent.choice() != null;
            // Children may move under a sibling while we walk, so index the live list.
            for (int i = 0; i < parent.children.size(); i++) {
                finalizeNode(parent.children.get(i), childrenInChoice);
            }
        } else if (!insideChoice && sym != null) {
            createImplicitSubmenu(parent, sym);
            sym.directDeps = Expr.or(sym.directDeps, parent.dependencies);
        }
        flattenPromptless(parent);
    }

    /** Adds the node's dependencies to the conditions of the properties defined at it. */
    private void propagateToProperties(MenuNode node, Expr basedep) {
        ConfigItem item = node.item();
        if (item == null) {
            if (node.prompt != null) {
                node.prompt = node.prompt.withCondition(Expr.and(basedep, rewriteM(node.prompt.condition())));
            }
            return;
        }
        for (int i = 0; i < item.prompts.size(); i++) {
            Prompt p = item.prompts.get(i);
            if (p.node() == node) {
                Prompt updated = p.withCondition(Expr.and(basedep, rewriteM(p.condition())));
                item.prompts.set(i, updated);
                node.prompt = updated;
            }
        }
        for (int i = 0; i < item.defaults.size(); i++) {
            DefaultValue d = item.defaults.get(i);
            if (d.node() == node) {
                item.defaults.set(i, d.withCondition(Expr.and(basedep, rewriteM(d.condition()))));
            }
        }
        if (!(item instanceof Symbol sym)) {
            return;
        }
        for (int i = 0; i < sym.ranges.size(); i++) {
            RangeProperty r = sym.ranges.get(i);
            if (r.node() == node) {
                sym.ranges.set(i, r.withCondition(Expr.and(basedep, rewriteM(r.condition()))));
            }
        }
        for (int i = 0; i < sym.selects.size(); i++) {
            ReverseDependency s = sym.selects.get(i);
            if (s.node() == node) {
                Expr cond = Expr.and(basedep, rewriteM(s.condition()));
                sym.selects.set(i, s.withCondition(cond));
                s.target().reverseDeps = Expr.or(s.target().reverseDeps, Expr.and(new Expr.Sym(sym), cond));
            }
        }
        for (int i = 0; i < sym.implies.size(); i++) {
            ReverseDependency s = sym.implies.get(i);
            if (s.node() == node) {
                Expr cond = Expr.and(basedep, rewriteM(s.condition()));
                sym.implies.set(i, s.withCondition(cond));
                s.target().weakReverseDeps = Expr.or(s.target().weakReverseDeps, Expr.and(new Expr.Sym(sym), cond));
            }
        }
    }

    /** conf's rewrite_m: a bare m in a dependency means "m && MODULES". */
    private Expr rewriteM(Expr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.Not n) {
            return new Expr.Not(rewriteM(n.operand()));
        }
        if (e instanceof Expr.And a) {
            return new Expr.And(rewriteM(a.left()), rewriteM(a.right()));
        }
        if (e instanceof Expr.Or o) {
            return new Expr.Or(rewriteM(o.left()), rewriteM(o.right()));
        }
        if (e instanceof Expr.Sym s && s.symbol() == model.mod) {
            Symbol modules = model.modules != null ? model.modules : model.no;
            return new Expr.And(e, new Expr.Sym(modules));
        }
        return e;
    }

    /**
     * Moves the consecutive following siblings that depend on {@code owner}'s symbol under it,
     * as conf does for "config A" followed by entries with "depends on A".
     */
    private void createImplicitSubmenu(MenuNode owner, Symbol sym) {
        MenuNode parent = owner.parent;
        int index = parent.children.indexOf(owner);
        int end = index + 1;
        while (end < parent.children.size()) {
            MenuNode next = parent.children.get(end);
            Expr dep = next.prompt != null ? next.prompt.condition() : next.dependencies;
            if (!dependsOn(dep, sym)) {
                break;
            }
            finalizeNode(next, false);
            end++;
        }
        if (end == index + 1) {
            return;
        }
        List<MenuNode> moved = new ArrayList<>(parent.children.subList(index + 1, end));
        parent.children.subList(index + 1, end).clear();
        for (MenuNode m : moved) {
            m.parent = owner;
        }
        owner.children.addAll(moved);
    }

    /** conf's expr_depends_symbol: "sym", "sym && ...", "sym=y", "sym=m" or "sym!=n". */
    private boolean dependsOn(Expr dep, Symbol sym) {
        if (dep instanceof Expr.And a) {
            return dependsOn(a.left(), sym) || dependsOn(a.right(), sym);
        }
        if (dep instanceof Expr.Sym s) {
            return s.symbol() == sym;
        }
        if (dep instanceof Expr.Compare c && c.left() == sym) {
            if (c.relation() == Relation.EQUAL) {
                return c.right() == model.yes || c.right() == model.mod;
            }
            if (c.relation() == Relation.UNEQUAL) {
                return c.right() == model.no;
            }
        }
        return false;
    }

    /** Splices the children of promptless nodes (if blocks, promptless symbols) into the parent. */
    private void flattenPromptless(MenuNode parent) {
        for (int i = 0; i < parent.children.size(); i++) {
            MenuNode child = parent.children.get(i);
            if (!child.children.isEmpty() && (child.prompt == null || child.prompt.text() == null)) {
                List<MenuNode> grandChildren = new ArrayList<>(child.children);
                child.children.clear();
                for (MenuNode g : grandChildren) {
                    g.parent = parent;
                }
                parent.children.addAll(i + 1, grandChildren);
            }
        }
    }

    /** conf's sym_get_choice_menu. */
    private Choice choiceOf(Symbol sym) {
        MenuNode node = null;
        for (MenuNode n : sym.nodes) {
            if (n.prompt != null) {
                node = n;
                break;
            }
        }
        if (node == null) {
            return null;
        }
        MenuNode m = node.parent;
        while (m != null && m.item() == null) {
            m = m.parent;
        }
        return m != null && m.choice() != null ? m.choice() : null;
    }

    /** conf's sym_check_prop warnings, plus "defined without type". */
    private void checkProperties(Symbol sym) {
        if (!sym.isDefined()) {
            return;
        }
        if (sym.type == SymbolType.UNKNOWN) {
            warn(sym.nodes.get(0).location(), "config symbol defined without type");
        }
        if (sym.transitional && (!sym.prompts.isEmpty() || !sym.defaults.isEmpty() || !sym.selects.isEmpty()
                || !sym.implies.isEmpty() || !sym.ranges.isEmpty())) {
            diagnostics.add(Diagnostic.error(sym.nodes.get(0).location().file(), sym.nodes.get(0).location().line(), 0,
                    "transitional symbol '" + sym.name() + "' may only have a type and help text"));
        }
        for (DefaultValue def : sym.defaults) {
            boolean single = def.value() instanceof Expr.Sym;
            if ((sym.type == SymbolType.STRING || sym.type.isNumeric()) && !single) {
                warn(def.location(), "default for config symbol '" + sym.name() + "' must be a single symbol");
            }
            if (single && sym.type.isNumeric() && !validNumber(sym, ((Expr.Sym) def.value()).symbol())) {
                warn(def.location(), "'" + sym.name() + "': number is invalid");
            }
        }
        for (ReverseDependency s : sym.selects) {
            checkSelectType(sym, s, "select");
        }
        for (ReverseDependency s : sym.implies) {
            checkSelectType(sym, s, "imply");
        }
        for (RangeProperty r : sym.ranges) {
            if (!sym.type.isNumeric()) {
                warn(r.location(), "range is only allowed for int or hex symbols");
            }
            if (!validNumber(sym, r.low()) || !validNumber(sym, r.high())) {
                warn(r.location(), "range is invalid");
            }
        }
    }

    private void checkSelectType(Symbol sym, ReverseDependency s, String use) {
        SymbolType target = s.target().type;
        if (!sym.type.isTristateLike()) {
            warn(s.location(), "config symbol '" + sym.name() + "' uses " + use + ", but is not bool or tristate");
        } else if (target != SymbolType.UNKNOWN && !target.isTristateLike()) {
            warn(s.location(), "'" + s.target().name() + "' has wrong type. '" + use
                    + "' only accept arguments of bool and tristate type");
        }
    }

    private static boolean validNumber(Symbol sym, Symbol value) {
        return value.type.isNumeric()
                || (value.type == SymbolType.UNKNOWN && ValueValidator.isValid(sym.type, value.name()));
    }

    private void warn(SourceLocation at, String message) {
        diagnostics.add(Diagnostic.warning(at.file(), at.line(), 0, message));
    }
}
