package org.kconfigexplorer.kconfig.parse;

import java.util.List;
import org.kconfigexplorer.kconfig.macro.MacroException;
import org.kconfigexplorer.kconfig.macro.Preprocessor;
import org.kconfigexplorer.kconfig.model.Diagnostic;

/**
 * Splits one Kconfig file into tokens the way conf's lexer.l does: keywords are whole words,
 * words containing '$' are macro-expanded into one word, quoted strings expand references,
 * "NAME =" / ":=" / "+=" switch to raw assignment values, and help text is read on request
 * with conf's indentation rules.
 */
final class KconfigLexer {

    private final String file;
    private final String text;
    private final Preprocessor preprocessor;
    private final List<Diagnostic> diagnostics;
    private int pos;
    private int line = 1;
    private int lineStart;
    private TokenType prevToken = TokenType.EOL;
    private TokenType prevPrevToken = TokenType.EOL;
    private boolean assignValueNext;

    KconfigLexer(String file, String text, Preprocessor preprocessor, List<Diagnostic> diagnostics) {
        this.file = file;
        this.text = text;
        this.preprocessor = preprocessor;
        this.diagnostics = diagnostics;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    /** The next token; consecutive line ends are folded into one, like conf's second-stage lexer. */
    Token next() {
        while (true) {
            Token t = scan();
            boolean afterEol = prevToken == TokenType.EOL;
            if (afterEol && t.type() == TokenType.EOL) {
                continue;
            }
            if (prevPrevToken == TokenType.EOL && prevToken == TokenType.WORD
                    && (t.type() == TokenType.EQUAL || t.type() == TokenType.COLON_EQUAL
                    || t.type() == TokenType.PLUS_EQUAL)) {
                assignValueNext = true;
            }
            prevPrevToken = prevToken;
            prevToken = t.type();
            return t;
        }
    }

    private Token token(TokenType type, String value, int startPos) {
        return new Token(type, value, line, startPos - lineStart + 1);
    }

    private void newline() {
        line++;
        lineStart = pos;
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private Token scan() {
        if (assignValueNext) {
            assignValueNext = false;
            return scanAssignValue();
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int start = pos;
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == ' ' || c == '\t') {
                pos++;
                continue;
            }
            if (c == '\\' && peek(1) == '\n') {
                pos += 2;
                newline();
                continue;
            }
            if (c == '\n') {
                pos++;
                Token t = token(TokenType.EOL, null, start);
                newline();
                return t;
            }
            if (c == '"' || c == '\'') {
                return scanString(c);
            }
            if (isWordChar(c) || c == '$') {
                Token word = scanWord();
                if (word != null) {
                    return word;
                }
                continue;
            }
            Token op = scanOperator(start);
            if (op != null) {
                return op;
            }
            pos++;
            warn(start, "ignoring unsupported character '" + c + "'");
        }
        if (prevToken != TokenType.EOL) {
            // conf warns about a missing final newline and still ends the statement.
            return token(TokenType.EOL, null, pos);
        }
        return token(TokenType.EOF, null, pos);
    }

    private Token scanOperator(int start) {
        char c = text.charAt(pos);
        char d = peek(1);
        String two = "" + c + d;
        switch (two) {
            case "||": pos += 2; return token(TokenType.OR, "||", start);
            case "&&": pos += 2; return token(TokenType.AND, "&&", start);
            case "!=": pos += 2; return token(TokenType.UNEQUAL, "!=", start);
            case "<=": pos += 2; return token(TokenType.LESS_EQUAL, "<=", start);
            case ">=": pos += 2; return token(TokenType.GREATER_EQUAL, ">=", start);
            case ":=": pos += 2; return token(TokenType.COLON_EQUAL, ":=", start);
            case "+=": pos += 2; return token(TokenType.PLUS_EQUAL, "+=", start);
            default: break;
        }
        switch (c) {
            case '=': pos++; return token(TokenType.EQUAL, "=", start);
            case '<': pos++; return token(TokenType.LESS, "<", start);
            case '>': pos++; return token(TokenType.GREATER, ">", start);
            case '!': pos++; return token(TokenType.NOT, "!", start);
            case '(': pos++; return token(TokenType.OPEN_PAREN, "(", start);
            case ')': pos++; return token(TokenType.CLOSE_PAREN, ")", start);
            default: return null;
        }
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** A word; null when it was a macro that expanded to nothing. */
    private Token scanWord() {
        int start = pos;
        int end = pos;
        boolean dollar = false;
        while (end < text.length() && (isWordChar(text.charAt(end)) || text.charAt(end) == '$')) {
            dollar |= text.charAt(end) == '$';
            end++;
        }
        if (!dollar) {
            pos = end;
            String word = text.substring(start, end);
            TokenType keyword = TokenType.KEYWORDS.get(word);
            return token(keyword != null ? keyword : TokenType.WORD, word, start);
        }
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String rest = text.substring(start, lineEnd);
        preprocessor.setPosition(file, line);
        String expanded;
        try {
            Preprocessor.Expansion e = preprocessor.expandOneToken(rest, 0);
            expanded = e.text();
            pos = start + e.end();
        } catch (MacroException ex) {
            error(start, ex.getMessage());
            pos = lineEnd;
            return null;
        }
        return expanded.isEmpty() ? null : new Token(TokenType.WORD, expanded, line, start - lineStart + 1, true);
    }

    private Token scanString(char quote) {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        boolean expanded = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                warn(start, "multi-line strings not supported");
                return stringToken(sb, start, expanded);
            }
            if (c == quote) {
                pos++;
                return stringToken(sb, start, expanded);
            }
            if (c == '\\') {
                pos++;
                if (pos < text.length() && text.charAt(pos) != '\n') {
                    sb.append(text.charAt(pos));
                    pos++;
                }
                continue;
            }
            if (c == '$') {
                expanded = true;
                int lineEnd = text.indexOf('\n', pos);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                String rest = text.substring(pos, lineEnd);
                preprocessor.setPosition(file, line);
                try {
                    Preprocessor.Expansion e = preprocessor.expandDollar(rest, 0);
                    sb.append(e.text());
                    pos += e.end();
                } catch (MacroException ex) {
                    error(pos, ex.getMessage());
                    pos = lineEnd;
                }
                continue;
            }
            sb.append(c);
            pos++;
        }
        return stringToken(sb, start, expanded);
    }

    private Token stringToken(StringBuilder sb, int start, boolean expanded) {
        return new Token(TokenType.WORD_QUOTE, sb.toString(), line, start - lineStart + 1, expanded);
    }

    private Token scanAssignValue() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        int start = pos;
        if (pos >= text.length() || text.charAt(pos) == '\n') {
            return scan();
        }
        int end = text.indexOf('\n', pos);
        if (end < 0) {
            end = text.length();
        }
        pos = end;
        return token(TokenType.ASSIGN_VAL, text.substring(start, end), start);
    }

    /**
     * Reads a help text; call right after the line end that follows "help". Implements conf's
     * rules: the first text line's indentation is the base, a line indented less (or a
     * non-blank line at column 0 after a line end) ends the text, tabs count to multiples of 8.
     */
    String readHelp() {
        StringBuilder sb = new StringBuilder();
        int firstTs = 0;
        int lastTs = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                int wsStart = pos;
                int ts = 0;
                while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                    ts = text.charAt(pos) == '\t' ? (ts & ~7) + 8 : ts + 1;
                    pos++;
                }
                if (pos < text.length() && text.charAt(pos) == '\n') {
                    // Whitespace-only line: handled by the newline rules below.
                    pos = wsStart;
                    if (endsAtNewline(sb)) {
                        break;
                    }
                    continue;
                }
                lastTs = ts;
                if (firstTs != 0) {
                    if (ts < firstTs) {
                        break;
                    }
                    ts -= firstTs;
                    sb.append(" ".repeat(ts));
                }
                continue;
            }
            if (c == '\n') {
                if (endsAtNewline(sb)) {
                    break;
                }
                continue;
            }
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int trimmed = end;
            while (trimmed > pos && (text.charAt(trimmed - 1) == ' ' || text.charAt(trimmed - 1) == '\t')) {
                trimmed--;
            }
            sb.append(text, pos, trimmed);
            pos = end;
            if (firstTs == 0) {
                firstTs = lastTs;
            }
        }
        prevPrevToken = prevToken;
        prevToken = TokenType.EOL;
        return sb.toString();
    }

    /** Consumes optional blanks and one newline; true when the text ends there. */
    private boolean endsAtNewline(StringBuilder sb) {
        while (text.charAt(pos) == ' ' || text.charAt(pos) == '\t') {
            pos++;
        }
        pos++;
        newline();
        char next = pos < text.length() ? text.charAt(pos) : '\0';
        if (pos < text.length() && next != ' ' && next != '\t' && next != '\n') {
            return true;
        }
        sb.append('\n');
        return false;
    }

    private void warn(int at, String message) {
        diagnostics.add(Diagnostic.warning(file, line, at - lineStart + 1, message));
    }

    private void error(int at, String message) {
        diagnostics.add(Diagnostic.error(file, line, at - lineStart + 1, message));
    }
}
