package org.kconfigexplorer.kconfig.macro;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kconfig macro language (Documentation/kbuild/kconfig-macro-language.rst) as conf's
 * preprocess.c implements it: recursive and simple variables, user-defined functions with
 * $(1)..., the built-ins shell, info, warning-if, error-if, filename and lineno, and the
 * environment as a fallback for undefined variables.
 *
 * <p>The environment is an explicit map, never the process environment, and $(shell,...) goes
 * to a {@link MacroShell}, so a toolchain profile can answer it.
 */
public final class Preprocessor {

    /** Something the macro language printed: $(info,...) or a firing $(warning-if,...). */
    public record Message(boolean warning, String file, int line, String text) { }

    private static final int MAX_ARGS = 16;

    private static final class Variable {
        final String name;
        String value;
        VariableFlavor flavor;
        int expansionCount;
        /** For simple variables: the shell commands whose output went into the value. */
        Set<String> sources = Set.of();

        Variable(String name) {
            this.name = name;
        }
    }

    private final Map<String, String> environment;
    private final MacroShell shell;
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    private final Map<String, String> usedEnvironment = new LinkedHashMap<>();
    private final Map<String, String> shellCache = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final Deque<Set<String>> captures = new ArrayDeque<>();
    private String file = "";
    private int line;

    public Preprocessor(Map<String, String> environment, MacroShell shell) {
        this.environment = Map.copyOf(environment);
        this.shell = shell;
    }

    /** Where the lexer is, for $(filename), $(lineno) and messages. */
    public void setPosition(String currentFile, int currentLine) {
        this.file = currentFile;
        this.line = currentLine;
    }

    public List<Message> messages() {
        return messages;
    }

    /** Environment variables the tree read, with the values it got (conf's env_list). */
    public Map<String, String> usedEnvironment() {
        return usedEnvironment;
    }

    /** Every distinct $(shell,...) command and its (post-processed) output, in first-use order. */
    public Map<String, String> shellCommands() {
        return shellCache;
    }

    /** The value of a variable (without expanding it), or null. */
    public String variableValue(String name) {
        Variable v = variables.get(name);
        return v == null ? null : v.value;
    }

    /** conf's variable_add. */
    public void assign(String name, String value, VariableFlavor flavor) {
        Variable v = variables.get(name);
        boolean append = false;
        if (v != null) {
            if (flavor == VariableFlavor.APPEND) {
                flavor = v.flavor;
                append = true;
            }
        } else {
            if (flavor == VariableFlavor.APPEND) {
                flavor = VariableFlavor.RECURSIVE;
            }
            v = new Variable(name);
            variables.put(name, v);
        }
        v.flavor = flavor;
        String newValue = value;
        if (flavor == VariableFlavor.SIMPLE) {
            beginCapture();
            try {
                newValue = expandString(value);
            } finally {
                Set<String> sources = endCapture();
                if (append) {
                    sources.addAll(v.sources);
                }
                v.sources = Set.copyOf(sources);
            }
        }
        v.value = append ? v.value + " " + newValue : newValue;
    }

    /**
     * Starts recording which $(shell,...) commands contribute to what is expanded next,
     * directly or through simple variables; captures nest.
     */
    public void beginCapture() {
        captures.push(new LinkedHashSet<>());
    }

    /** Ends the innermost capture and returns its commands (they also count for the outer one). */
    public Set<String> endCapture() {
        Set<String> captured = captures.pop();
        if (!captures.isEmpty()) {
            captures.peek().addAll(captured);
        }
        return captured;
    }

    private void contributed(Set<String> commands) {
        if (!captures.isEmpty()) {
            captures.peek().addAll(commands);
        }
    }

    /** Expands every reference in a whole string. */
    public String expandString(String in) {
        return expand(new Cursor(in, 0), false, List.of());
    }

    /** Result of expanding one token: its text and where the unexpanded rest of the line starts. */
    public record Expansion(String text, int end) { }

    /**
     * conf's expand_one_token: expands from {@code start} until a character that cannot be part
     * of a word ([A-Za-z0-9_-]) outside a reference.
     */
    public Expansion expandOneToken(String line, int start) {
        Cursor c = new Cursor(line, start);
        String text = expand(c, true, List.of());
        return new Expansion(text, c.pos);
    }

    /** Expands one reference; {@code dollar} indexes the '$'. Returns text and the index after it. */
    public Expansion expandDollar(String line, int dollar) {
        Cursor c = new Cursor(line, dollar + 1);
        String text = expandDollar(c, List.of());
        return new Expansion(text, c.pos);
    }

    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        char peek() {
            return s.charAt(pos);
        }
    }

    private String expand(Cursor c, boolean stopAtTokenEnd, List<String> args) {
        StringBuilder out = new StringBuilder();
        int in = c.pos;
        while (true) {
            if (!c.atEnd() && c.peek() == '$') {
                out.append(c.s, in, c.pos);
                c.pos++;
                out.append(expandDollar(c, args));
                in = c.pos;
                continue;
            }
            if (c.atEnd() || (stopAtTokenEnd && !isTokenChar(c.peek()))) {
                break;
            }
            c.pos++;
        }
        out.append(c.s, in, c.pos);
        return out.toString();
    }

    private static boolean isTokenChar(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                || ch == '_' || ch == '-';
    }

    /** conf's expand_dollar_with_args; the cursor is just after the '$'. */
    private String expandDollar(Cursor c, List<String> args) {
        if (c.atEnd() || c.peek() != '(') {
            return "$";
        }
        int p = c.pos + 1;
        int q = p;
        int nest = 0;
        while (q < c.s.length()) {
            char ch = c.s.charAt(q);
            if (ch == '(') {
                nest++;
            } else if (ch == ')') {
                if (nest-- == 0) {
                    break;
                }
            }
            q++;
        }
        if (q >= c.s.length()) {
            c.pos = c.s.length();
            throw new MacroException("unterminated reference to '" + c.s.substring(p) + "': missing ')'");
        }
        c.pos = q + 1;
        return evalClause(c.s.substring(p, q), args);
    }

    private String evalClause(String clause, List<String> args) {
        int n = positionalIndex(clause);
        if (n > 0 && n <= args.size()) {
            return args.get(n - 1);
        }
        List<String> parts = splitArguments(clause);
        String name = expand(new Cursor(parts.get(0), 0), false, args);
        List<String> callArgs = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            callArgs.add(expand(new Cursor(parts.get(i), 0), false, args));
        }
        String result = expandVariable(name, callArgs);
        if (result != null) {
            return result;
        }
        result = callFunction(name, callArgs);
        if (result != null) {
            return result;
        }
        if (callArgs.isEmpty()) {
            String env = environment.get(name);
            if (env != null) {
                usedEnvironment.put(name, env);
                return env;
            }
        }
        return "";
    }

    private static int positionalIndex(String clause) {
        if (clause.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < clause.length(); i++) {
            if (!Character.isDigit(clause.charAt(i))) {
                return 0;
            }
        }
        try {
            return Integer.parseInt(clause);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> splitArguments(String clause) {
        List<String> parts = new ArrayList<>();
        int nest = 0;
        int prev = 0;
        for (int i = 0; i < clause.length(); i++) {
            char ch = clause.charAt(i);
            if (nest == 0 && ch == ',') {
                if (parts.size() >= MAX_ARGS) {
                    throw new MacroException("too many function arguments");
                }
                parts.add(clause.substring(prev, i));
                prev = i + 1;
            } else if (ch == '(') {
                nest++;
            } else if (ch == ')') {
                nest--;
            }
        }
        if (parts.size() >= MAX_ARGS) {
            throw new MacroException("too many function arguments");
        }
        parts.add(clause.substring(prev));
        return parts;
    }

    private String expandVariable(String name, List<String> args) {
        Variable v = variables.get(name);
        if (v == null) {
            return null;
        }
        if (args.isEmpty() && v.expansionCount > 0) {
            throw new MacroException("Recursive variable '" + name + "' references itself (eventually)");
        }
        if (v.expansionCount > 1000) {
            throw new MacroException("Too deep recursive expansion");
        }
        v.expansionCount++;
        contributed(v.sources);
        try {
            return v.flavor == VariableFlavor.RECURSIVE ? expand(new Cursor(v.value, 0), false, args) : v.value;
        } finally {
            v.expansionCount--;
        }
    }

    private String callFunction(String name, List<String> args) {
        switch (name) {
            case "error-if":
                checkArgs(name, args, 2, 2);
                if ("y".equals(args.get(0))) {
                    throw new MacroException(args.get(1));
                }
                return "";
            case "filename":
                checkArgs(name, args, 0, 0);
                return file;
            case "info":
                checkArgs(name, args, 1, 1);
                messages.add(new Message(false, file, line, args.get(0)));
                return "";
            case "lineno":
                checkArgs(name, args, 0, 0);
                return Integer.toString(line);
            case "shell":
                checkArgs(name, args, 1, 1);
                return runShell(args.get(0));
            case "warning-if":
                checkArgs(name, args, 2, 2);
                if ("y".equals(args.get(0))) {
                    messages.add(new Message(true, file, line, args.get(1)));
                }
                return "";
            default:
                return null;
        }
    }

    private static void checkArgs(String name, List<String> args, int min, int max) {
        if (args.size() < min) {
            throw new MacroException("too few function arguments passed to '" + name + "'");
        }
        if (args.size() > max) {
            throw new MacroException("too many function arguments passed to '" + name + "'");
        }
    }

    private String runShell(String command) {
        contributed(Set.of(command));
        String cached = shellCache.get(command);
        if (cached != null) {
            return cached;
        }
        String out = shell.run(command);
        if (out.length() > 4095) {
            out = out.substring(0, 4095);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        String result = out.substring(0, end).replace('\n', ' ');
        shellCache.put(command, result);
        return result;
    }
}
