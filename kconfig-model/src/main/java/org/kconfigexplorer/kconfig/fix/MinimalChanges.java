package org.kconfigexplorer.kconfig.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * Finds the smallest change sets with Sat4j: for k = 0, 1, 2, ... it asks for a model of the
 * cone's clauses with at most k costs true, and after each model blocks every superset of its
 * change set (so the alternatives are distinct and subset-minimal), until enough are found, k
 * exceeds the bound, or the time runs out.
 */
final class MinimalChanges {

    /** What the search saw: the candidates, and whether the clauses are satisfiable at all. */
    record Outcome(List<Candidate> candidates, boolean satisfiable, boolean timedOut) { }

    private final ConeEncoder enc;
    private final int targetLit;
    private final List<int[]> blocking = new ArrayList<>();
    private final int required;

    /** @param required a further literal every answer must satisfy (Cnf.TRUE for none) */
    MinimalChanges(ConeEncoder enc, int targetLit, int required) {
        this.enc = enc;
        this.targetLit = targetLit;
        this.required = required;
    }

    Outcome search(int max, int maxCost, long deadlineNanos) {
        List<Candidate> found = new ArrayList<>();
        try {
            if (!solver(-1, deadlineNanos).isSatisfiable()) {
                return new Outcome(found, false, false);
            }
            for (int k = 0; k <= maxCost && found.size() < max; k++) {
                ISolver s = solver(k, deadlineNanos);
                if (s == null) {
                    continue;
                }
                while (found.size() < max && s.isSatisfiable()) {
                    int[] model = s.model();
                    Candidate c = candidate(model);
                    found.add(c);
                    int[] block = blockingClause(model);
                    if (block.length == 0) {
                        return new Outcome(found, true, false);
                    }
                    blocking.add(block);
                    try {
                        s.addClause(new VecInt(block));
                    } catch (ContradictionException e) {
                        break;
                    }
                }
                if (System.nanoTime() > deadlineNanos) {
                    return new Outcome(found, true, true);
                }
            }
            return new Outcome(found, true, false);
        } catch (TimeoutException e) {
            return new Outcome(found, true, true);
        } catch (ContradictionException e) {
            return new Outcome(found, false, false);
        }
    }

    /** A solver with the cone, the target, the blocking clauses so far and at most k costs (k &lt; 0: no bound). */
    private ISolver solver(int k, long deadlineNanos) throws ContradictionException {
        ISolver s = SolverFactory.newDefault();
        s.newVar(enc.cnf.varCount());
        long ms = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
        s.setTimeoutMs(ms);
        for (int[] c : enc.cnf.clauses()) {
            s.addClause(new VecInt(c));
        }
        s.addClause(new VecInt(new int[] {targetLit}));
        try {
            if (required != Cnf.TRUE) {
                s.addClause(new VecInt(new int[] {required}));
            }
            for (int[] b : blocking) {
                s.addClause(new VecInt(b));
            }
            if (k >= 0) {
                int[] lits = enc.costs.stream().mapToInt(ConeEncoder.Cost::lit).toArray();
                s.addAtMost(new VecInt(lits), k);
            }
        } catch (ContradictionException e) {
            return null;
        }
        return s;
    }

    private static boolean holds(int[] model, int lit) {
        int var = Math.abs(lit);
        boolean value = var - 1 < model.length && model[var - 1] > 0;
        return lit > 0 ? value : !value;
    }

    private int[] blockingClause(int[] model) {
        List<Integer> lits = new ArrayList<>();
        for (ConeEncoder.Cost c : enc.costs) {
            if (holds(model, c.lit())) {
                lits.add(-c.lit());
            }
        }
        return lits.stream().mapToInt(Integer::intValue).toArray();
    }

    private Candidate candidate(int[] model) {
        Map<Symbol, Tristate> changes = new LinkedHashMap<>();
        List<ConeEncoder.Cost> toolchain = new ArrayList<>();
        for (ConeEncoder.Cost c : enc.costs) {
            if (!holds(model, c.lit())) {
                continue;
            }
            if (c.toolchain()) {
                toolchain.add(c);
            } else {
                changes.put(c.symbol(), c.value().valueIn(l -> holds(model, l)));
            }
        }
        Map<Symbol, Tristate> cone = new LinkedHashMap<>();
        enc.settable.forEach((s, v) -> cone.put(s, v.valueIn(l -> holds(model, l))));
        return new Candidate(changes, cone, toolchain);
    }
}
