package org.kconfigexplorer.kconfig.model;

/** The type of a Kconfig symbol, named as scripts/kconfig prints them. */
public enum SymbolType {
    UNKNOWN("unknown"), BOOL("bool"), TRISTATE("tristate"), INT("int"), HEX("hex"), STRING("string");

    private final String keyword;

    SymbolType(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public boolean isTristateLike() {
        return this == BOOL || this == TRISTATE;
    }

    public boolean isNumeric() {
        return this == INT || this == HEX;
    }
}
