package org.kconfigexplorer.kconfig.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A growing CNF formula in DIMACS numbering, with Tseitin gates that fold constants and share
 * equal gates. Variable 1 is the constant true ({@link #TRUE}); {@link #FALSE} is its negation.
 */
final class Cnf {

    static final int TRUE = 1;
    static final int FALSE = -1;

    private final List<int[]> clauses = new ArrayList<>();
    private final Map<Long, Integer> andGates = new HashMap<>();
    private int vars = 1;

    Cnf() {
        clauses.add(new int[] {TRUE});
    }

    int newVar() {
        return ++vars;
    }

    int varCount() {
        return vars;
    }

    List<int[]> clauses() {
        return clauses;
    }

    void clause(int... lits) {
        List<Integer> kept = new ArrayList<>();
        for (int l : lits) {
            if (l == TRUE) {
                return;
            }
            if (l != FALSE && !kept.contains(l)) {
                if (kept.contains(-l)) {
                    return;
                }
                kept.add(l);
            }
        }
        clauses.add(kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /** a → b. */
    void implies(int a, int b) {
        clause(-a, b);
    }

    void equal(int a, int b) {
        implies(a, b);
        implies(b, a);
    }

    int and(int a, int b) {
        if (a == FALSE || b == FALSE || a == -b) {
            return FALSE;
        }
        if (a == TRUE || a == b) {
            return b;
        }
        if (b == TRUE) {
            return a;
        }
        long key = a < b ? ((long) a << 32) ^ (b & 0xffffffffL) : ((long) b << 32) ^ (a & 0xffffffffL);
        Integer known = andGates.get(key);
        if (known != null) {
            return known;
        }
        int v = newVar();
        clause(-v, a);
        clause(-v, b);
        clause(v, -a, -b);
        andGates.put(key, v);
        return v;
    }

    int or(int a, int b) {
        return -and(-a, -b);
    }

    int or(List<Integer> lits) {
        int r = FALSE;
        for (int l : lits) {
            r = or(r, l);
        }
        return r;
    }

    /** a == b. */
    int xnor(int a, int b) {
        return or(and(a, b), and(-a, -b));
    }

    /** sel ? a : b. */
    int mux(int sel, int a, int b) {
        return or(and(sel, a), and(-sel, b));
    }
}
