package org.kconfigexplorer.kconfig.macro;

/** How a macro variable was assigned: {@code =} (recursive), {@code :=} (simple), {@code +=}. */
public enum VariableFlavor {
    RECURSIVE, SIMPLE, APPEND
}
