package org.kconfigexplorer.kconfig.model;

/**
 * Kconfig's three-valued logic, ordered n &lt; m &lt; y: "and" is the minimum, "or" the
 * maximum and "not" is 2 - x, exactly as scripts/kconfig defines EXPR_AND/OR/NOT.
 */
public enum Tristate {
    NO('n'), MOD('m'), YES('y');

    private final char letter;

    Tristate(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public String text() {
        return String.valueOf(letter);
    }

    public Tristate and(Tristate other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Tristate or(Tristate other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Tristate not() {
        return values()[2 - ordinal()];
    }

    public boolean isOn() {
        return this != NO;
    }

    /** The value for a letter as conf reads it ('y'/'Y', 'm'/'M', 'n'/'N'), or null. */
    public static Tristate fromLetter(char c) {
        switch (Character.toLowerCase(c)) {
            case 'y': return YES;
            case 'm': return MOD;
            case 'n': return NO;
            default: return null;
        }
    }
}
