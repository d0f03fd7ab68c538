package org.kconfigexplorer.kconfig.fix;

/**
 * One option the user sets.
 *
 * @param from         the value before
 * @param userValue    what the user had set before, or null; a change of it is a conflict
 */
public record SymbolChange(String symbol, String from, String to, String userValue) {

    /** Whether this overrides something the user had set. */
    public boolean conflict() {
        return userValue != null && !userValue.equals(to);
    }
}
