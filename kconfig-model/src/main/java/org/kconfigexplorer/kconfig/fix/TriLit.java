package org.kconfigexplorer.kconfig.fix;

import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * A tristate value in a formula as two literals: {@code m} means "at least m", {@code y} means
 * "y" (so y implies m). Kconfig's and/or/not become and/or on the bits and a swapped negation.
 */
record TriLit(int m, int y) {

    static final TriLit NO = new TriLit(Cnf.FALSE, Cnf.FALSE);
    static final TriLit MOD = new TriLit(Cnf.TRUE, Cnf.FALSE);
    static final TriLit YES = new TriLit(Cnf.TRUE, Cnf.TRUE);

    static TriLit of(Tristate t) {
        return switch (t) {
            case NO -> NO;
            case MOD -> MOD;
            case YES -> YES;
        };
    }

    TriLit and(TriLit o, Cnf cnf) {
        return new TriLit(cnf.and(m, o.m), cnf.and(y, o.y));
    }

    TriLit or(TriLit o, Cnf cnf) {
        return new TriLit(cnf.or(m, o.m), cnf.or(y, o.y));
    }

    TriLit not() {
        return new TriLit(-y, -m);
    }

    /** m becomes y, as bool symbols clamp their dependencies. */
    TriLit asBool() {
        return new TriLit(m, m);
    }

    /** A literal that is true when this value equals {@code t}. */
    int equalsLit(Tristate t, Cnf cnf) {
        return switch (t) {
            case NO -> -m;
            case MOD -> cnf.and(m, -y);
            case YES -> y;
        };
    }

    /** Reads the value from a satisfying assignment. */
    Tristate valueIn(java.util.function.IntPredicate isTrue) {
        if (isTrue.test(y)) {
            return Tristate.YES;
        }
        return isTrue.test(m) ? Tristate.MOD : Tristate.NO;
    }
}
