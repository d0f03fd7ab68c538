package org.kconfigexplorer.kconfig.model;

/** The comparison operators of Kconfig expressions. */
public enum Relation {
    EQUAL("="), UNEQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">=");

    private final String operator;

    Relation(String operator) {
        this.operator = operator;
    }

    public String operator() {
        return operator;
    }

    /** Whether a three-way comparison result (-1, 0, 1) satisfies this relation. */
    public boolean holds(int comparison) {
        switch (this) {
            case EQUAL: return comparison == 0;
            case UNEQUAL: return comparison != 0;
            case LESS: return comparison < 0;
            case LESS_EQUAL: return comparison <= 0;
            case GREATER: return comparison > 0;
            default: return comparison >= 0;
        }
    }
}
