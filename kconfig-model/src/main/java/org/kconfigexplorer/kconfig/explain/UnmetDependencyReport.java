package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.List;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * conf's "unmet direct dependencies" warning: a symbol selected above what its own
 * dependencies allow, with the selectors that force it.
 */
public final class UnmetDependencyReport {

    private UnmetDependencyReport() {
    }

    /** One warning text per symbol with unmet dependencies, in the model's order. */
    public static List<String> warnings(KconfigModel model) {
        List<String> out = new ArrayList<>();
        for (Symbol sym : model.unmetDependencies()) {
            out.add(warning(sym));
        }
        return out;
    }

    public static String warning(Symbol sym) {
        StringBuilder sb = new StringBuilder("WARNING: unmet direct dependencies detected for ").append(sym.name());
        sb.append("\n  Depends on [").append(sym.directDepsValue() == Tristate.MOD ? 'm' : 'n').append("]: ")
                .append(ExprFormatter.formatWithValues(sym.directDeps()));
        appendSelectors(sb, sym, Tristate.YES, "\n  Selected by [y]:");
        appendSelectors(sb, sym, Tristate.MOD, "\n  Selected by [m]:");
        return sb.toString();
    }

    private static void appendSelectors(StringBuilder sb, Symbol sym, Tristate level, String title) {
        List<Expr> terms = new ArrayList<>();
        disjuncts(sym.reverseDeps(), terms);
        boolean first = true;
        for (Expr term : terms) {
            if (sym.model().evaluate(term) != level) {
                continue;
            }
            if (first) {
                sb.append(title);
                first = false;
            }
            sb.append("\n  - ").append(ExprFormatter.formatWithValues(term));
        }
    }

    private static void disjuncts(Expr e, List<Expr> out) {
        if (e instanceof Expr.Or o) {
            disjuncts(o.left(), out);
            disjuncts(o.right(), out);
        } else if (e != null) {
            out.add(e);
        }
    }
}
