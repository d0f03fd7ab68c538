package org.kconfigexplorer.kconfig.macro;

/** A fatal macro-language error (conf's pperror), such as a recursive variable or $(error-if,y,...). */
public final class MacroException extends RuntimeException {

    public MacroException(String message) {
        super(message);
    }
}
