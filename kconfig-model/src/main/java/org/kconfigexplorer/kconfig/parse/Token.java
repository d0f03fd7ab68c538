package org.kconfigexplorer.kconfig.parse;

/** A token with its text (for words, strings and assignment values) and position. */
record Token(TokenType type, String text, int line, int column, boolean expanded) {

    Token(TokenType type, String text, int line, int column) {
        this(type, text, line, column, false);
    }

    /** How the token reads in an error message. */
    String describe() {
        switch (type) {
            case EOL: return "end of line";
            case EOF: return "end of file";
            case WORD: return "'" + text + "'";
            case WORD_QUOTE: return "\"" + text + "\"";
            default: return text == null ? type.name().toLowerCase(java.util.Locale.ROOT) : "'" + text + "'";
        }
    }
}
