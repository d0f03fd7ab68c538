package org.kconfigexplorer.kconfig.fix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.explain.ExprFormatter;
import org.kconfigexplorer.kconfig.explain.ToolchainFacts;
import org.kconfigexplorer.kconfig.model.Choice;
import org.kconfigexplorer.kconfig.model.DefaultValue;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Prompt;
import org.kconfigexplorer.kconfig.model.Relation;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * Encodes the part of a tree a request depends on as clauses, following conf's sym_calc_value:
 * starting from the target, each bool/tristate symbol met (through dependencies, prompt
 * conditions, defaults, selects and implies) gets two variables and the constraints of its
 * value; symbols outside the cone, numbers, strings and MODULES keep their current value.
 * A symbol with a prompt may take any value between what selects force and what its prompt
 * allows (the user sets it) or follow its defaults; a promptless one follows its defaults.
 * Every user-settable symbol whose value differs from now is a cost. With {@code toolchainFree},
 * toolchain-derived symbols (and comparisons on them) become free inputs with a cost too.
 * The encoding is an approximation: candidates are verified on the real model afterwards.
 */
final class ConeEncoder {

    /** A way the solution may differ from now; its literal is true exactly when it does. */
    record Cost(int lit, Symbol symbol, TriLit value, boolean toolchain, String label, List<Symbol> toolchainSymbols) { }

    final Cnf cnf = new Cnf();
    final List<Cost> costs = new ArrayList<>();
    /** The user-settable symbols of the cone and their variables. */
    final Map<Symbol, TriLit> settable = new LinkedHashMap<>();

    private final KconfigModel model;
    private final boolean toolchainFree;
    private final int limit;
    private final boolean modulesOn;
    private final Map<Symbol, TriLit> symbols = new IdentityHashMap<>();
    private final Map<Expr, TriLit> exprs = new IdentityHashMap<>();
    private final ArrayDeque<Symbol> pending = new ArrayDeque<>();
    private final Set<Choice> choicesDone = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean truncated;

    ConeEncoder(KconfigModel model, boolean toolchainFree, int limit) {
        this.model = model;
        this.toolchainFree = toolchainFree;
        this.limit = limit;
        Symbol modules = model.modulesSymbol();
        this.modulesOn = modules != null && modules.tristateValue() != Tristate.NO;
    }

    /** A literal that is true when {@code target} reaches {@code value}; encodes the cone. */
    int target(Symbol target, String value) {
        int lit;
        if (target.type().isTristateLike()) {
            lit = sym(target).equalsLit(Tristate.fromLetter(value.charAt(0)), cnf);
        } else {
            lit = promptVisibility(target).m();
        }
        while (!pending.isEmpty()) {
            expand(pending.poll());
        }
        return lit;
    }

    int coneSize() {
        return symbols.size();
    }

    boolean truncated() {
        return truncated;
    }

    private boolean isBool(Symbol s) {
        return s.type() == SymbolType.BOOL || !modulesOn;
    }

    TriLit sym(Symbol s) {
        if (s.isConstant()) {
            return TriLit.of(s.tristateValue());
        }
        TriLit known = symbols.get(s);
        if (known != null) {
            return known;
        }
        Tristate current = s.tristateValue();
        TriLit result;
        if (!s.isDefined() || !s.type().isTristateLike()) {
            return TriLit.of(current);
        } else if (ToolchainFacts.isToolchainDerived(s)) {
            if (!toolchainFree) {
                return TriLit.of(current);
            }
            int v = cnf.newVar();
            result = new TriLit(v, v);
            costs.add(new Cost(current == Tristate.NO ? v : -v, s, result, true,
                    s.name() + " = " + (current == Tristate.NO ? "y" : "n"), List.of(s)));
        } else if (s == model.modulesSymbol() || s.isTransitional()) {
            return TriLit.of(current);
        } else if (symbols.size() >= limit) {
            truncated = true;
            return TriLit.of(current);
        } else {
            int m = cnf.newVar();
            int y = isBool(s) ? m : cnf.newVar();
            cnf.implies(y, m);
            result = new TriLit(m, y);
            pending.add(s);
        }
        symbols.put(s, result);
        return result;
    }

    TriLit expr(Expr e) {
        if (e == null) {
            return TriLit.YES;
        }
        TriLit known = exprs.get(e);
        if (known != null) {
            return known;
        }
        TriLit r;
        if (e instanceof Expr.Sym s) {
            r = sym(s.symbol());
        } else if (e instanceof Expr.Not n) {
            r = expr(n.operand()).not();
        } else if (e instanceof Expr.And a) {
            r = expr(a.left()).and(expr(a.right()), cnf);
        } else if (e instanceof Expr.Or o) {
            r = expr(o.left()).or(expr(o.right()), cnf);
        } else {
            r = compare((Expr.Compare) e);
        }
        exprs.put(e, r);
        return r;
    }

    private TriLit compare(Expr.Compare c) {
        boolean now = model.evaluate(c) != Tristate.NO;
        List<Symbol> tc = new ArrayList<>();
        for (Symbol s : List.of(c.left(), c.right())) {
            if (!s.isConstant() && ToolchainFacts.isToolchainDerived(s)) {
                tc.add(s);
            }
        }
        if (!tc.isEmpty()) {
            if (!toolchainFree) {
                return now ? TriLit.YES : TriLit.NO;
            }
            int v = cnf.newVar();
            costs.add(new Cost(now ? -v : v, null, new TriLit(v, v), true,
                    ExprFormatter.format(c) + (now ? " fails" : " holds"), tc));
            return new TriLit(v, v);
        }
        Symbol var = c.left().isConstant() ? c.right() : c.left();
        Symbol constant = var == c.left() ? c.right() : c.left();
        Tristate wanted = constant.isConstant() ? Tristate.fromLetter(constant.name().length() == 1
                ? constant.name().charAt(0) : '?') : null;
        if (wanted != null && var.type().isTristateLike()
                && (c.relation() == Relation.EQUAL || c.relation() == Relation.UNEQUAL)) {
            int eq = sym(var).equalsLit(wanted, cnf);
            int lit = c.relation() == Relation.EQUAL ? eq : -eq;
            return new TriLit(lit, lit);
        }
        return now ? TriLit.YES : TriLit.NO;
    }

    TriLit promptVisibility(Symbol s) {
        TriLit vis = TriLit.NO;
        for (Prompt p : s.prompts()) {
            vis = vis.or(expr(p.condition()), cnf);
        }
        return s.type() != SymbolType.TRISTATE || !modulesOn ? vis.asBool() : vis;
    }

    private TriLit clamp(Symbol s, TriLit t) {
        return isBool(s) ? t.asBool() : t;
    }

    private void expand(Symbol s) {
        TriLit v = symbols.get(s);
        if (s.choice() != null) {
            expandChoiceMember(s, v);
            return;
        }
        TriLit rev = clamp(s, s.reverseDeps() == null ? TriLit.NO : expr(s.reverseDeps()));
        TriLit weak = clamp(s, s.weakReverseDeps() == null ? TriLit.NO : expr(s.weakReverseDeps()));
        TriLit deps = clamp(s, expr(s.directDeps()));
        TriLit def = firstDefault(s);
        TriLit auto = def;
        if (weak.m() != Cnf.FALSE) {
            TriLit implied = def.or(weak, cnf).and(deps, cnf);
            auto = new TriLit(cnf.mux(weak.m(), implied.m(), def.m()), cnf.mux(weak.m(), implied.y(), def.y()));
        }
        auto = clamp(s, auto.or(rev, cnf));
        if (s.prompts().isEmpty()) {
            cnf.equal(v.m(), auto.m());
            cnf.equal(v.y(), auto.y());
            return;
        }
        TriLit vis = promptVisibility(s);
        cnf.clause(vis.m(), -v.m(), auto.m());
        cnf.clause(vis.m(), v.m(), -auto.m());
        cnf.clause(vis.m(), -v.y(), auto.y());
        cnf.clause(vis.m(), v.y(), -auto.y());
        cnf.implies(rev.m(), v.m());
        cnf.implies(rev.y(), v.y());
        cnf.clause(-v.m(), vis.m(), rev.m(), auto.m());
        cnf.clause(-v.y(), vis.y(), rev.y(), auto.y());
        settable.put(s, v);
        int differs = -v.equalsLit(s.tristateValue(), cnf);
        if (!s.hasUserValue()) {
            // Following the defaults and selects is a consequence, not something the user sets.
            int followsAuto = cnf.and(cnf.xnor(v.m(), auto.m()), cnf.xnor(v.y(), auto.y()));
            differs = cnf.and(differs, -followsAuto);
        }
        addCost(s, v, differs);
    }

    private void addCost(Symbol s, TriLit v, int differs) {
        if (differs != Cnf.FALSE) {
            costs.add(new Cost(differs, s, v, false, s.name(), List.of()));
        }
    }

    /** conf's sym_get_default_prop: the first default whose condition is not n gives value AND condition. */
    private TriLit firstDefault(Symbol s) {
        int noneBefore = Cnf.TRUE;
        int m = Cnf.FALSE;
        int y = Cnf.FALSE;
        for (DefaultValue d : s.defaults()) {
            TriLit cond = expr(d.condition());
            TriLit val = expr(d.value()).and(cond, cnf);
            int active = cnf.and(noneBefore, cond.m());
            m = cnf.or(m, cnf.and(active, val.m()));
            y = cnf.or(y, cnf.and(active, val.y()));
            noneBefore = cnf.and(noneBefore, -cond.m());
        }
        return new TriLit(m, y);
    }

    /**
     * The member the choice picks without a user pick, as far as can be told now: the first
     * default whose condition holds, else the first member. Picking it costs nothing.
     */
    private Symbol likelyDefault(Choice choice) {
        for (DefaultValue d : choice.defaults()) {
            if (model.evaluate(d.condition()) != Tristate.NO && d.value() instanceof Expr.Sym ds) {
                return ds.symbol();
            }
        }
        return choice.members().isEmpty() ? null : choice.members().get(0);
    }

    /** conf's sym_calc_choice: exactly one visible member is y, and a member is y only when visible. */
    private void expandChoiceMember(Symbol s, TriLit v) {
        cnf.implies(v.y(), promptVisibility(s).m());
        settable.put(s, v);
        Choice choice = s.choice();
        if (s.tristateValue() == Tristate.NO && (s != likelyDefault(choice) || choice.members().stream()
                .anyMatch(Symbol::hasUserValue))) {
            addCost(s, v, v.y());
        }
        if (!choicesDone.add(choice)) {
            return;
        }
        List<TriLit> members = new ArrayList<>();
        for (Symbol member : choice.members()) {
            members.add(sym(member));
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                cnf.clause(-members.get(i).y(), -members.get(j).y());
            }
        }
        List<Integer> any = new ArrayList<>();
        for (TriLit t : members) {
            any.add(t.y());
        }
        int oneIsY = cnf.or(any);
        for (Symbol member : choice.members()) {
            cnf.implies(promptVisibility(member).m(), oneIsY);
        }
    }
}
