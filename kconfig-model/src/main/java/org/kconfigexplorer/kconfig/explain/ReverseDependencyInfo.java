package org.kconfigexplorer.kconfig.explain;

/**
 * A select or imply between two symbols, seen from either end.
 *
 * @param symbol      the other symbol: the selector/implier, or the target
 * @param symbolValue the selector's (or target's) current value
 * @param condition   the "if" condition with current values ("y" when none)
 * @param effect      what it forces now: the selector's value AND the condition (n = no effect)
 */
public record ReverseDependencyInfo(String symbol, String symbolValue, String condition, String effect,
                                    String location) {

    /** Whether this select or imply acts now. */
    public boolean active() {
        return !"n".equals(effect);
    }
}
