package org.kconfigexplorer.kconfig.toolchain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokenizer and parser for the small POSIX sh subset that Kconfig's {@code $(shell,...)}
 * commands use: words with single/double quotes and backslashes, parameter expansion
 * ({@code $NAME}, {@code ${NAME}}, {@code $1}, {@code $#}, {@code $@}, {@code $*}, {@code $?},
 * {@code $$}), simple commands with leading assignments, redirections (parsed, then only used to
 * route output), pipelines with {@code !}, {@code &&} / {@code ||} lists, {@code ;} / newline
 * sequences, {@code { ...; }} groups and {@code ( ... )} subshells.
 *
 * <p>Anything else (command substitution, arithmetic expansion, backquotes, background jobs,
 * here-documents, compound commands such as {@code if} or {@code for}) raises
 * {@link Unsupported}, which the shell reports as an assumption.
 */
final class ShellSyntax {

    private ShellSyntax() {
    }

    /** Thrown for shell syntax outside the supported subset (or malformed input). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    // ------------------------------------------------------------------ AST

    sealed interface Part permits Lit, Param {
    }

    /** Literal text; {@code quoted} text is not subject to field splitting. */
    record Lit(String text, boolean quoted) implements Part {
    }

    /** A parameter expansion such as {@code $1} or {@code ${CC}}. */
    record Param(String name, boolean quoted) implements Part {
    }

    /** One shell word, made of parts. */
    record Word(List<Part> parts) {
        /** The word's text if it is a single unquoted literal, else null (for reserved words). */
        String plainText() {
            if (parts.size() == 1 && parts.get(0) instanceof Lit l && !l.quoted()) {
                return l.text();
            }
            return null;
        }

        /** Source-like rendering, for messages. */
        String display() {
            StringBuilder sb = new StringBuilder();
            for (Part p : parts) {
                if (p instanceof Lit l) {
                    sb.append(l.text());
                } else if (p instanceof Param pa) {
                    sb.append("${").append(pa.name()).append('}');
                }
            }
            return sb.toString();
        }
    }

    /** A redirection {@code [fd]op target}; op is one of {@code > >> >| < >& <&}. */
    record Redir(int fd, String op, Word target) {
    }

    sealed interface Node permits Seq, AndOr, Pipeline, Group, Simple {
    }

    /** Commands separated by {@code ;} or newlines. */
    record Seq(List<Node> items) implements Node {
    }

    /** {@code first op1 rest1 op2 rest2 ...} with ops {@code &&} / {@code ||}. */
    record AndOr(Node first, List<String> ops, List<Node> rest) implements Node {
    }

    /** {@code [!] cmd | cmd | ...}. */
    record Pipeline(boolean negate, List<Node> commands) implements Node {
    }

    /** {@code { body; }} or, when {@code subshell}, {@code ( body )}, with redirections. */
    record Group(Node body, boolean subshell, List<Redir> redirs) implements Node {
    }

    /** {@code NAME=value... word... } with redirections. */
    record Simple(List<Word> assignments, List<Word> words, List<Redir> redirs) implements Node {
    }

    // ------------------------------------------------------------------ tokens

    private enum Kind { WORD, OP, REDIR, EOF }

    private record Token(Kind kind, String op, Word word, int fd) {
        static Token word(Word w) {
            return new Token(Kind.WORD, null, w, -1);
        }

        static Token op(String op) {
            return new Token(Kind.OP, op, null, -1);
        }

        static Token redir(int fd, String op) {
            return new Token(Kind.REDIR, op, null, fd);
        }
    }

    private static final Set<String> UNSUPPORTED_RESERVED = Set.of("if", "then", "else", "elif", "fi", "for",
            "while", "until", "do", "done", "case", "esac", "function", "select");

    static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n && src.charAt(i + 1) == '\n') {
                i += 2; // line continuation
                continue;
            }
            if (c == '\n') {
                out.add(Token.op(";"));
                i++;
                continue;
            }
            if (c == '#') { // comment (only reached at the start of a word)
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == ';') {
                if (i + 1 < n && src.charAt(i + 1) == ';') {
                    throw new Unsupported("';;' (case) is not supported");
                }
                out.add(Token.op(";"));
                i++;
                continue;
            }
            if (c == '&') {
                if (i + 1 < n && src.charAt(i + 1) == '&') {
                    out.add(Token.op("&&"));
                    i += 2;
                    continue;
                }
                throw new Unsupported("background jobs ('&') are not supported");
            }
            if (c == '|') {
                if (i + 1 < n && src.charAt(i + 1) == '|') {
                    out.add(Token.op("||"));
                    i += 2;
                } else {
                    out.add(Token.op("|"));
                    i++;
                }
                continue;
            }
            if (c == '(' || c == ')') {
                out.add(Token.op(String.valueOf(c)));
                i++;
                continue;
            }
            if (c == '<' || c == '>') {
                i = redirOperator(src, i, -1, out);
                continue;
            }
            // An IO number: digits directly followed by < or >.
            if (Character.isDigit(c)) {
                int j = i;
                while (j < n && Character.isDigit(src.charAt(j))) {
                    j++;
                }
                if (j < n && (src.charAt(j) == '<' || src.charAt(j) == '>')) {
                    i = redirOperator(src, j, Integer.parseInt(src.substring(i, j)), out);
                    continue;
                }
            }
            int[] pos = {i};
            out.add(Token.word(readWord(src, pos)));
            i = pos[0];
        }
        out.add(new Token(Kind.EOF, null, null, -1));
        return out;
    }

    private static int redirOperator(String src, int i, int fd, List<Token> out) {
        int n = src.length();
        char c = src.charAt(i);
        String op;
        if (c == '>') {
            if (i + 1 < n && src.charAt(i + 1) == '>') {
                op = ">>";
            } else if (i + 1 < n && src.charAt(i + 1) == '&') {
                op = ">&";
            } else if (i + 1 < n && src.charAt(i + 1) == '|') {
                op = ">|";
            } else {
                op = ">";
            }
        } else {
            if (i + 1 < n && src.charAt(i + 1) == '<') {
                throw new Unsupported("here-documents ('<<') are not supported");
            } else if (i + 1 < n && src.charAt(i + 1) == '&') {
                op = "<&";
            } else if (i + 1 < n && src.charAt(i + 1) == '>') {
                op = "<>";
            } else {
                op = "<";
            }
        }
        out.add(Token.redir(fd, op));
        return i + op.length();
    }

    private static boolean isWordEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')'
                || c == '<' || c == '>';
    }

    private static Word readWord(String src, int[] pos) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = pos[0];
        int n = src.length();
        while (i < n && !isWordEnd(src.charAt(i))) {
            char c = src.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    i++;
                    continue;
                }
                flush(parts, lit, false);
                lit.append(src.charAt(i + 1));
                flush(parts, lit, true);
                i += 2;
            } else if (c == '\'') {
                int end = src.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new Unsupported("unterminated single quote");
                }
                flush(parts, lit, false);
                parts.add(new Lit(src.substring(i + 1, end), true));
                i = end + 1;
            } else if (c == '"') {
                flush(parts, lit, false);
                i = readDoubleQuoted(src, i + 1, parts);
            } else if (c == '`') {
                throw new Unsupported("command substitution with backquotes is not supported");
            } else if (c == '$') {
                int[] p = {i};
                Part param = readDollar(src, p, false);
                if (param != null) {
                    flush(parts, lit, false);
                    parts.add(param);
                } else {
                    lit.append('$');
                }
                i = p[0];
            } else {
                lit.append(c);
                i++;
            }
        }
        flush(parts, lit, false);
        pos[0] = i;
        if (parts.isEmpty()) {
            parts.add(new Lit("", true));
        }
        return new Word(List.copyOf(parts));
    }

    private static void flush(List<Part> parts, StringBuilder lit, boolean quoted) {
        if (lit.length() > 0) {
            parts.add(new Lit(lit.toString(), quoted));
            lit.setLength(0);
        }
    }

    /** Reads a double-quoted string starting after the opening quote; returns the index after the closing quote. */
    private static int readDoubleQuoted(String src, int i, List<Part> parts) {
        StringBuilder lit = new StringBuilder();
        int n = src.length();
        boolean sawAnything = false;
        while (true) {
            if (i >= n) {
                throw new Unsupported("unterminated double quote");
            }
            char c = src.charAt(i);
            if (c == '"') {
                i++;
                break;
            }
            if (c == '\\' && i + 1 < n) {
                char d = src.charAt(i + 1);
                if (d == '$' || d == '`' || d == '"' || d == '\\') {
                    lit.append(d);
                    i += 2;
                } else if (d == '\n') {
                    i += 2;
                } else {
                    lit.append(c);
                    i++;
                }
            } else if (c == '`') {
                throw new Unsupported("command substitution with backquotes is not supported");
            } else if (c == '$') {
                int[] p = {i};
                Part param = readDollar(src, p, true);
                if (param != null) {
                    if (lit.length() > 0) {
                        parts.add(new Lit(lit.toString(), true));
                        lit.setLength(0);
                    }
                    parts.add(param);
                    sawAnything = true;
                } else {
                    lit.append('$');
                }
                i = p[0];
            } else {
                lit.append(c);
                i++;
            }
        }
        if (lit.length() > 0 || !sawAnything) {
            parts.add(new Lit(lit.toString(), true)); // "" must still produce an (empty) field
        }
        return i;
    }

    /**
     * Reads a {@code $} expansion at {@code pos[0]}. Returns null for a lone {@code $} (which
     * stays literal) after advancing past it.
     */
    private static Part readDollar(String src, int[] pos, boolean quoted) {
        int i = pos[0] + 1;
        int n = src.length();
        if (i >= n) {
            pos[0] = i;
            return null;
        }
        char c = src.charAt(i);
        if (c == '(') {
            throw new Unsupported(src.startsWith("$((", pos[0])
                    ? "arithmetic expansion $((...)) is not supported"
                    : "command substitution $(...) is not supported");
        }
        if (c == '{') {
            int end = src.indexOf('}', i);
            if (end < 0) {
                throw new Unsupported("unterminated ${");
            }
            String name = src.substring(i + 1, end);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[#@*?$]")) {
                throw new Unsupported("parameter expansion ${" + name + "} is not supported");
            }
            pos[0] = end + 1;
            return new Param(name, quoted);
        }
        if (Character.isLetter(c) || c == '_') {
            int j = i;
            while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) {
                j++;
            }
            pos[0] = j;
            return new Param(src.substring(i, j), quoted);
        }
        if (Character.isDigit(c) || c == '#' || c == '@' || c == '*' || c == '?' || c == '$') {
            pos[0] = i + 1;
            return new Param(String.valueOf(c), quoted);
        }
        if (c == '!' || c == '-') {
            throw new Unsupported("special parameter $" + c + " is not supported");
        }
        pos[0] = i;
        return null;
    }

    // ------------------------------------------------------------------ parser

    /** Parses a complete command line. */
    static Node parse(String src) {
        Parser p = new Parser(tokenize(src));
        Node n = p.list(null);
        if (p.peek().kind != Kind.EOF) {
            throw new Unsupported("unexpected " + p.describe(p.peek()));
        }
        return n;
    }

    private static final class Parser {
        private final List<Token> tokens;
        private int pos;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Token peek() {
            return tokens.get(pos);
        }

        Token next() {
            return tokens.get(pos++);
        }

        boolean isOp(String op) {
            Token t = peek();
            return t.kind == Kind.OP && t.op.equals(op);
        }

        boolean isReserved(String word) {
            Token t = peek();
            return t.kind == Kind.WORD && word.equals(t.word.plainText());
        }

        String describe(Token t) {
            return switch (t.kind) {
                case WORD -> "'" + t.word.display() + "'";
                case OP, REDIR -> "'" + t.op + "'";
                case EOF -> "end of command";
            };
        }

        void skipSeparators() {
            while (isOp(";")) {
                next();
            }
        }

        /** Parses and-or lists until EOF or the closing word/operator {@code close}. */
        Node list(String close) {
            List<Node> items = new ArrayList<>();
            skipSeparators();
            while (peek().kind != Kind.EOF && !atClose(close)) {
                items.add(andOr());
                if (isOp(";")) {
                    skipSeparators();
                } else if (!(peek().kind == Kind.EOF || atClose(close))) {
                    throw new Unsupported("unexpected " + describe(peek()));
                }
            }
            if (items.isEmpty()) {
                throw new Unsupported("empty command list");
            }
            return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
        }

        private boolean atClose(String close) {
            if (close == null) {
                return false;
            }
            return close.equals(")") ? isOp(")") : isReserved(close);
        }

        Node andOr() {
            Node first = pipeline();
            List<String> ops = new ArrayList<>();
            List<Node> rest = new ArrayList<>();
            while (isOp("&&") || isOp("||")) {
                ops.add(next().op);
                skipNewlines();
                rest.add(pipeline());
            }
            return ops.isEmpty() ? first : new AndOr(first, List.copyOf(ops), List.copyOf(rest));
        }

        private void skipNewlines() {
            skipSeparators(); // newline tokens are ';' tokens; only newlines may follow && || |
        }

        Node pipeline() {
            boolean negate = false;
            if (isReserved("!")) {
                next();
                negate = true;
            }
            List<Node> cmds = new ArrayList<>();
            cmds.add(command());
            while (isOp("|")) {
                next();
                skipNewlines();
                cmds.add(command());
            }
            return !negate && cmds.size() == 1 ? cmds.get(0) : new Pipeline(negate, List.copyOf(cmds));
        }

        Node command() {
            if (isReserved("{")) {
                next();
                Node body = list("}");
                if (!isReserved("}")) {
                    throw new Unsupported("missing '}'");
                }
                next();
                return new Group(body, false, redirs());
            }
            if (isOp("(")) {
                next();
                Node body = list(")");
                if (!isOp(")")) {
                    throw new Unsupported("missing ')'");
                }
                next();
                return new Group(body, true, redirs());
            }
            Token t = peek();
            if (t.kind == Kind.WORD && t.word.plainText() != null
                    && UNSUPPORTED_RESERVED.contains(t.word.plainText())) {
                throw new Unsupported("compound command '" + t.word.plainText() + "' is not supported");
            }
            return simple();
        }

        List<Redir> redirs() {
            List<Redir> r = new ArrayList<>();
            while (peek().kind == Kind.REDIR) {
                r.add(redir());
            }
            return List.copyOf(r);
        }

        Redir redir() {
            Token op = next();
            Token target = next();
            if (target.kind != Kind.WORD) {
                throw new Unsupported("redirection '" + op.op + "' without a target");
            }
            int fd = op.fd >= 0 ? op.fd : (op.op.startsWith("<") ? 0 : 1);
            return new Redir(fd, op.op, target.word);
        }

        Node simple() {
            List<Word> assigns = new ArrayList<>();
            List<Word> words = new ArrayList<>();
            List<Redir> redirs = new ArrayList<>();
            while (true) {
                Token t = peek();
                if (t.kind == Kind.REDIR) {
                    redirs.add(redir());
                } else if (t.kind == Kind.WORD) {
                    if (words.isEmpty() && isAssignment(t.word)) {
                        assigns.add(next().word);
                    } else {
                        words.add(next().word);
                    }
                } else {
                    break;
                }
            }
            if (assigns.isEmpty() && words.isEmpty() && redirs.isEmpty()) {
                throw new Unsupported("expected a command, got " + describe(peek()));
            }
            return new Simple(List.copyOf(assigns), List.copyOf(words), List.copyOf(redirs));
        }
    }

    /** True when the word starts with an unquoted {@code NAME=}. */
    static boolean isAssignment(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Lit l) || l.quoted()) {
            return false;
        }
        return l.text().matches("[A-Za-z_][A-Za-z0-9_]*=.*");
    }
}
