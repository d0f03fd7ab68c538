package org.kconfigexplorer.kconfig.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * conf's sym_check_deps: a depth-first walk over what each symbol's value depends on (direct
 * dependencies, selects, implies, prompt and default conditions, default values) that
 * reports a recursive dependency with its chain, e.g. "A depends on B", "B is selected by A".
 */
final class DependencyLoopChecker {

    private final KconfigModel model;
    private final List<Diagnostic> diagnostics;
    private final Set<ConfigItem> checked = new HashSet<>();
    private final Set<ConfigItem> onStack = new HashSet<>();
    private final Deque<Step> stack = new ArrayDeque<>();
    private final Set<ConfigItem> reported = new HashSet<>();

    /** One edge of the walk: {@code from} reaches the next item through {@code how}. */
    private record Step(ConfigItem from, String how, SourceLocation where) { }

    DependencyLoopChecker(KconfigModel model, List<Diagnostic> diagnostics) {
        this.model = model;
        this.diagnostics = diagnostics;
    }

    void check() {
        for (MenuNode node : model.allNodes()) {
            if (node.item() != null) {
                visit(node.item());
            }
        }
    }

    private void visit(ConfigItem item) {
        ConfigItem target = item instanceof Symbol s && s.choice != null ? s.choice : item;
        if (onStack.contains(target)) {
            report(target);
            return;
        }
        if (!checked.add(target)) {
            return;
        }
        onStack.add(target);
        if (target instanceof Choice choice) {
            walk(choice, null, "");
            for (Symbol member : choice.members) {
                walkSymbol(member);
            }
        } else {
            walkSymbol((Symbol) target);
        }
        onStack.remove(target);
    }

    private void walkSymbol(Symbol sym) {
        walkExpr(sym, sym.directDeps, "depends on", sym.nodes.isEmpty() ? null : sym.nodes.get(0).location());
        walkExpr(sym, sym.reverseDeps, "is selected by", null);
        walkExpr(sym, sym.weakReverseDeps, "is implied by", null);
        walk(sym, sym.prompts.isEmpty() ? null : sym.prompts.get(0).location(), "prompt");
        for (RangeProperty r : sym.ranges) {
            walkExpr(sym, r.condition(), "range is visible depending on", r.location());
        }
    }

    private void walk(ConfigItem item, SourceLocation where, String unused) {
        for (Prompt p : item.prompts) {
            walkExpr(item, p.condition(), "prompt is visible depending on", p.location());
        }
        for (DefaultValue d : item.defaults) {
            walkExpr(item, d.condition(), "default is visible depending on", d.location());
            if (item instanceof Symbol) {
                walkExpr(item, d.value(), "default value contains", d.location());
            }
        }
    }

    private void walkExpr(ConfigItem from, Expr e, String how, SourceLocation where) {
        if (e == null) {
            return;
        }
        List<Symbol> referenced = new ArrayList<>();
        Expr.forEachSymbol(e, referenced::add);
        for (Symbol s : referenced) {
            if (s.isConstant() || !s.isDefined()) {
                continue;
            }
            stack.push(new Step(from, how, where));
            visit(s);
            stack.pop();
        }
    }

    private void report(ConfigItem loopStart) {
        if (!reported.add(loopStart)) {
            return;
        }
        List<Step> chain = new ArrayList<>();
        for (Step step : stack) {
            chain.add(0, step);
        }
        int start = 0;
        for (int i = 0; i < chain.size(); i++) {
            ConfigItem from = chain.get(i).from;
            ConfigItem owner = from instanceof Symbol s && s.choice != null ? s.choice : from;
            if (owner == loopStart) {
                start = i;
                break;
            }
        }
        StringBuilder sb = new StringBuilder("recursive dependency detected!");
        SourceLocation at = null;
        for (int i = start; i < chain.size(); i++) {
            Step step = chain.get(i);
            ConfigItem next = i + 1 < chain.size() ? chain.get(i + 1).from : loopStart;
            sb.append("\n\tsymbol ").append(step.from.displayName()).append(' ').append(step.how)
                    .append(' ').append(next.displayName());
            if (at == null) {
                at = step.where;
            }
        }
        if (at == null && !loopStart.nodes.isEmpty()) {
            at = loopStart.nodes.get(0).location();
        }
        diagnostics.add(Diagnostic.error(at == null ? null : at.file(), at == null ? 0 : at.line(), 0, sb.toString()));
    }
}
