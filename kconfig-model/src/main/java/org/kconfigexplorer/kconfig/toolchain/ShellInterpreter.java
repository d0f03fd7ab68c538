package org.kconfigexplorer.kconfig.toolchain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.AndOr;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Group;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Lit;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Node;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Param;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Part;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Pipeline;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Redir;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Seq;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Simple;
import org.kconfigexplorer.kconfig.toolchain.ShellSyntax.Word;

/**
 * Runs a parsed {@link ShellSyntax} command without starting any process: shell built-ins
 * ({@code echo}, {@code printf}, {@code test}/{@code [}, {@code expr}, {@code set},
 * {@code true}, {@code false}, {@code :}, {@code exit}, {@code command}, {@code env},
 * {@code trap}, {@code mkdir}, {@code rm}, {@code cat}, {@code head}) are interpreted here, and
 * every other command is handed to an {@link External} (the toolchain profile). Commands nobody
 * can answer fail with status 127 and are noted in the {@link Context}.
 */
final class ShellInterpreter {

    /** What a command produced. */
    record Result(int status, String out, String err) {
        static Result ok(String out) {
            return new Result(0, out, "");
        }

        static Result status(int status) {
            return new Result(status, "", "");
        }
    }

    /** Answers the non-built-in commands. */
    interface External {
        /**
         * Runs {@code argv} with {@code stdin}; null when this command cannot be answered (the
         * interpreter then records it as unknown).
         */
        Result run(List<String> argv, String stdin, Map<String, String> env, Context ctx);

        /** Answers a file test such as {@code test -e PATH}; null when it cannot. */
        default Boolean fileTest(String op, String path, Context ctx) {
            return null;
        }

        /** Whether {@code name} is an installed command: TRUE / FALSE, or null when unknown. */
        Boolean exists(String name, Map<String, String> env, Context ctx);
    }

    /** Book-keeping for one top-level command: which profile fields answered, what was unknown. */
    static final class Context {
        final Set<String> fields = new LinkedHashSet<>();
        final List<String> unknowns = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        /** Answers file tests for the test builtin (set by the interpreter). */
        External external;

        /** Flag probes answered from the flagProbes policy, as "tool:flags" keys. */
        final List<String> probes = new ArrayList<>();

        void probed(String key) {
            if (!probes.contains(key)) {
                probes.add(key);
            }
        }

        void field(String f) {
            fields.add(f);
        }

        void unknown(String reason) {
            if (!unknowns.contains(reason)) {
                unknowns.add(reason);
            }
        }

        /** An answer that was given but is not backed by the profile the way the real command is. */
        void note(String reason) {
            if (!notes.contains(reason)) {
                notes.add(reason);
            }
        }
    }

    /** The outcome of a whole command line. */
    record Outcome(int status, String stdout, Context context) {
    }

    private static final class ExitSignal extends RuntimeException {
        final int status;

        ExitSignal(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    static final Set<String> BUILTINS = Set.of("echo", "printf", "test", "[", "expr", "set", "true", "false", ":",
            "exit", "command", "env", "trap", "mkdir", "rm", "cat", "head", "grep", "export", "unset", "cd");

    /** The value of {@code $$} (no process is started, so any fixed number will do). */
    static final String PID = "4242";

    private final External external;
    private final Context ctx = new Context();
    private Map<String, String> vars;
    private List<String> positional = new ArrayList<>();
    private int lastStatus;

    private ShellInterpreter(Map<String, String> environment, External external) {
        this.ctx.external = external;
        this.vars = new HashMap<>(environment);
        this.external = external;
    }

    /**
     * Parses and runs {@code command}.
     *
     * @throws ShellSyntax.Unsupported when the command uses syntax outside the supported subset
     */
    static Outcome run(String command, Map<String, String> environment, External external) {
        ShellInterpreter sh = new ShellInterpreter(environment, external);
        Node node = ShellSyntax.parse(command);
        StringBuilder out = new StringBuilder();
        int status;
        try {
            status = sh.exec(node, "", out, new StringBuilder());
        } catch (ExitSignal e) {
            status = e.status;
        }
        return new Outcome(status, out.toString(), sh.ctx);
    }

    // ------------------------------------------------------------------ execution

    private int exec(Node node, String stdin, StringBuilder out, StringBuilder err) {
        int status;
        if (node instanceof Seq seq) {
            status = 0;
            for (Node item : seq.items()) {
                status = exec(item, stdin, out, err);
            }
        } else if (node instanceof AndOr ao) {
            status = exec(ao.first(), stdin, out, err);
            for (int i = 0; i < ao.ops().size(); i++) {
                boolean and = ao.ops().get(i).equals("&&");
                if ((status == 0) == and) {
                    status = exec(ao.rest().get(i), stdin, out, err);
                }
            }
        } else if (node instanceof Pipeline pl) {
            String input = stdin;
            status = 0;
            for (int i = 0; i < pl.commands().size(); i++) {
                boolean last = i == pl.commands().size() - 1;
                StringBuilder o = last ? out : new StringBuilder();
                status = exec(pl.commands().get(i), input, o, err);
                input = o.toString();
            }
            if (pl.negate()) {
                status = status == 0 ? 1 : 0;
            }
        } else if (node instanceof Group g) {
            Streams s = redirect(g.redirs(), stdin, out, err);
            if (g.subshell()) {
                Map<String, String> savedVars = new HashMap<>(vars);
                List<String> savedPos = new ArrayList<>(positional);
                try {
                    status = exec(g.body(), s.in, s.out, s.err);
                } catch (ExitSignal e) {
                    status = e.status;
                } finally {
                    vars = savedVars;
                    positional = savedPos;
                }
            } else {
                status = exec(g.body(), s.in, s.out, s.err);
            }
        } else if (node instanceof Simple sc) {
            status = execSimple(sc, stdin, out, err);
        } else {
            throw new IllegalStateException(String.valueOf(node));
        }
        lastStatus = status;
        return status;
    }

    private record Streams(String in, StringBuilder out, StringBuilder err) {
    }

    /** Applies redirections: output to any file is discarded, {@code n>&m} duplicates. */
    private Streams redirect(List<Redir> redirs, String stdin, StringBuilder out, StringBuilder err) {
        StringBuilder[] fds = {null, out, err};
        String in = stdin;
        for (Redir r : redirs) {
            String target = expandToOne(r.target());
            if (r.fd() > 2) {
                continue;
            }
            switch (r.op()) {
                case ">", ">>", ">|", "<>" -> {
                    if (r.fd() >= 1) {
                        fds[r.fd()] = new StringBuilder(); // written to a file: not our output
                    }
                    if (!"/dev/null".equals(target) && !target.startsWith(".tmp_")) {
                        ctx.note("output written to file " + target + " is not kept");
                    }
                }
                case ">&" -> {
                    if (r.fd() >= 1) {
                        if (target.equals("1") || target.equals("2")) {
                            fds[r.fd()] = fds[Integer.parseInt(target)];
                        } else {
                            fds[r.fd()] = new StringBuilder();
                        }
                    }
                }
                case "<" -> {
                    in = "";
                    if (!"/dev/null".equals(target)) {
                        ctx.unknown("cannot read file " + target);
                    }
                }
                default -> {
                    // <& : nothing to do
                }
            }
        }
        return new Streams(in, fds[1], fds[2]);
    }

    private int execSimple(Simple sc, String stdin, StringBuilder out, StringBuilder err) {
        Map<String, String> assigned = new HashMap<>();
        for (Word w : sc.assignments()) {
            String first = ((Lit) w.parts().get(0)).text();
            int eq = first.indexOf('=');
            String name = first.substring(0, eq);
            List<Part> rest = new ArrayList<>();
            rest.add(new Lit(first.substring(eq + 1), true));
            rest.addAll(w.parts().subList(1, w.parts().size()));
            assigned.put(name, expandToOne(new Word(rest)));
        }
        List<String> argv = new ArrayList<>();
        for (Word w : sc.words()) {
            argv.addAll(expand(w));
        }
        Streams s = redirect(sc.redirs(), stdin, out, err);
        if (argv.isEmpty()) {
            vars.putAll(assigned);
            return 0;
        }
        Map<String, String> env = vars;
        if (!assigned.isEmpty()) {
            env = new HashMap<>(vars);
            env.putAll(assigned);
        }
        Result r = command(argv, s.in, env);
        s.out.append(r.out());
        s.err.append(r.err());
        return r.status();
    }

    private Result command(List<String> argv, String stdin, Map<String, String> env) {
        String name = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        switch (name) {
            case "echo":
                return Result.ok(echo(args));
            case "printf":
                return printf(args);
            case "test":
                return TestBuiltin.eval(args, ctx);
            case "[":
                if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                    return new Result(2, "", "[: missing ]\n");
                }
                return TestBuiltin.eval(args.subList(0, args.size() - 1), ctx);
            case "expr":
                return ExprBuiltin.eval(args, ctx);
            case "set":
                return set(args);
            case "true", ":", "trap", "cd":
                return Result.status(0);
            case "mkdir", "rm":
                // Scratch directories of the probe macros: pretend it worked.
                return Result.status(0);
            case "false":
                return Result.status(1);
            case "exit":
                throw new ExitSignal(args.isEmpty() ? lastStatus : parseIntOr(args.get(0), 2));
            case "export":
                for (String a : args) {
                    int eq = a.indexOf('=');
                    if (eq > 0) {
                        vars.put(a.substring(0, eq), a.substring(eq + 1));
                    }
                }
                return Result.status(0);
            case "unset":
                args.forEach(vars::remove);
                return Result.status(0);
            case "cat":
                if (args.isEmpty() || args.equals(List.of("-"))) {
                    return Result.ok(stdin);
                }
                break;
            case "head":
                return head(args, stdin);
            case "grep":
                return grep(args, stdin);
            case "command":
                return commandBuiltin(args, stdin, env);
            case "env":
                return envBuiltin(args, stdin, env);
            default:
                break;
        }
        Result r = external.run(argv, stdin, env, ctx);
        if (r == null) {
            ctx.unknown("no answer for command '" + String.join(" ", argv) + "'");
            return new Result(127, "", "sh: 1: " + name + ": not found\n");
        }
        return r;
    }

    private Result commandBuiltin(List<String> args, String stdin, Map<String, String> env) {
        if (args.isEmpty()) {
            return Result.status(0);
        }
        if (args.get(0).equals("-v") || args.get(0).equals("-V")) {
            if (args.size() < 2) {
                return Result.status(0);
            }
            StringBuilder out = new StringBuilder();
            int status = 0;
            for (String name : args.subList(1, args.size())) {
                if (BUILTINS.contains(name)) {
                    out.append(name).append('\n');
                    continue;
                }
                Boolean exists = external.exists(name, env, ctx);
                if (exists == null) {
                    ctx.unknown("cannot tell whether '" + name + "' is installed");
                    status = 1;
                } else if (exists) {
                    out.append(name.contains("/") ? name : "/usr/bin/" + name).append('\n');
                } else {
                    status = 1;
                }
            }
            return new Result(status, out.toString(), "");
        }
        return command(args, stdin, env);
    }

    private Result envBuiltin(List<String> args, String stdin, Map<String, String> env) {
        Map<String, String> e = new HashMap<>(env);
        int i = 0;
        while (i < args.size() && args.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            String a = args.get(i++);
            int eq = a.indexOf('=');
            e.put(a.substring(0, eq), a.substring(eq + 1));
        }
        if (i >= args.size()) {
            ctx.unknown("'env' without a command prints the whole environment");
            return Result.status(0);
        }
        return command(new ArrayList<>(args.subList(i, args.size())), stdin, e);
    }

    private Result set(List<String> args) {
        if (args.isEmpty()) {
            ctx.unknown("'set' without arguments prints all variables");
            return Result.status(0);
        }
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("--")
                && !args.get(i).equals("-")) {
            i++; // options such as -e are accepted and ignored
        }
        if (i < args.size() && (args.get(i).equals("--") || args.get(i).equals("-"))) {
            i++;
            positional = new ArrayList<>(args.subList(i, args.size()));
        } else if (i < args.size()) {
            positional = new ArrayList<>(args.subList(i, args.size()));
        }
        return Result.status(0);
    }

    private Result head(List<String> args, String stdin) {
        int lines = 10;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-n") && i + 1 < args.size()) {
                lines = parseIntOr(args.get(++i), -1);
            } else if (a.matches("-n?\\d+")) {
                lines = parseIntOr(a.replaceAll("\\D", ""), -1);
            } else {
                ctx.unknown("'head' with arguments " + args + " is not supported");
                return Result.status(1);
            }
        }
        if (lines < 0) {
            return new Result(1, "", "head: invalid number of lines\n");
        }
        StringBuilder sb = new StringBuilder();
        int count = 0;
        int start = 0;
        while (count < lines && start < stdin.length()) {
            int nl = stdin.indexOf('\n', start);
            int end = nl < 0 ? stdin.length() : nl + 1;
            sb.append(stdin, start, end);
            start = end;
            count++;
        }
        return Result.ok(sb.toString());
    }

    /** grep on standard input with -q, -i, -v, -E, -F and -e; the pattern is a Java regex (ERE-like). */
    private Result grep(List<String> args, String stdin) {
        boolean quiet = false;
        boolean ignoreCase = false;
        boolean invert = false;
        boolean fixed = false;
        String pattern = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-e") && i + 1 < args.size()) {
                pattern = args.get(++i);
            } else if (a.startsWith("-") && a.length() > 1 && pattern == null && a.matches("-[qivEFs]+")) {
                quiet |= a.contains("q");
                ignoreCase |= a.contains("i");
                invert |= a.contains("v");
                fixed |= a.contains("F");
            } else if (pattern == null) {
                pattern = a;
            } else {
                ctx.unknown("'grep' on files needs the file system");
                return Result.status(2);
            }
        }
        if (pattern == null) {
            return new Result(2, "", "grep: no pattern\n");
        }
        java.util.regex.Pattern re;
        try {
            re = java.util.regex.Pattern.compile(fixed ? java.util.regex.Pattern.quote(pattern) : pattern,
                    ignoreCase ? java.util.regex.Pattern.CASE_INSENSITIVE : 0);
        } catch (java.util.regex.PatternSyntaxException e) {
            ctx.unknown("grep pattern '" + pattern + "' is not supported");
            return Result.status(2);
        }
        StringBuilder out = new StringBuilder();
        boolean any = false;
        String[] lines = stdin.split("\n", -1);
        int count = stdin.endsWith("\n") || stdin.isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            if (re.matcher(line).find() != invert) {
                any = true;
                out.append(line).append('\n');
            }
        }
        return new Result(any ? 0 : 1, quiet ? "" : out.toString(), "");
    }

    private static int parseIntOr(String s, int dflt) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** dash's echo: no options but {@code -n}; backslash escapes are interpreted. */
    static String echo(List<String> args) {
        boolean newline = true;
        int i = 0;
        if (!args.isEmpty() && args.get(0).equals("-n")) {
            newline = false;
            i = 1;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < args.size(); k++) {
            if (k > i) {
                sb.append(' ');
            }
            if (appendEscaped(sb, args.get(k), true)) {
                return sb.toString(); // \c: stop output
            }
        }
        if (newline) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Appends {@code s} with backslash escapes interpreted; returns true on {@code \c}. */
    private static boolean appendEscaped(StringBuilder sb, String s, boolean octalNeedsZero) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'c' -> {
                    return true;
                }
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '\\' -> sb.append('\\');
                default -> {
                    if (d >= '0' && d <= '7' && (d == '0' || !octalNeedsZero)) {
                        int j = d == '0' && octalNeedsZero ? i + 1 : i;
                        int val = 0;
                        int digits = 0;
                        while (j < s.length() && digits < 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                            val = val * 8 + (s.charAt(j) - '0');
                            j++;
                            digits++;
                        }
                        sb.append((char) val);
                        i = j - 1;
                    } else {
                        sb.append('\\').append(d);
                    }
                }
            }
        }
        return false;
    }

    private Result printf(List<String> args) {
        if (args.isEmpty()) {
            return new Result(2, "", "printf: usage: printf format [arg ...]\n");
        }
        String fmt = args.get(0);
        List<String> rest = args.subList(1, args.size());
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        do {
            boolean consumed = false;
            for (int i = 0; i < fmt.length(); i++) {
                char c = fmt.charAt(i);
                if (c == '\\') {
                    int end = Math.min(fmt.length(), i + 2);
                    if (i + 1 < fmt.length() && fmt.charAt(i + 1) >= '0' && fmt.charAt(i + 1) <= '7') {
                        end = i + 1;
                        while (end < fmt.length() && end < i + 4 && fmt.charAt(end) >= '0' && fmt.charAt(end) <= '7') {
                            end++;
                        }
                    }
                    if (appendEscaped(sb, fmt.substring(i, end), false)) {
                        return Result.ok(sb.toString());
                    }
                    i = end - 1;
                } else if (c == '%' && i + 1 < fmt.length()) {
                    char conv = fmt.charAt(++i);
                    String arg = ai < rest.size() ? rest.get(ai) : null;
                    switch (conv) {
                        case '%' -> sb.append('%');
                        case 's' -> {
                            sb.append(arg == null ? "" : arg);
                            ai++;
                            consumed = true;
                        }
                        case 'b' -> {
                            if (arg != null && appendEscaped(sb, arg, true)) {
                                return Result.ok(sb.toString());
                            }
                            ai++;
                            consumed = true;
                        }
                        case 'd', 'i', 'u' -> {
                            sb.append(arg == null ? "0" : arg.trim());
                            ai++;
                            consumed = true;
                        }
                        case 'c' -> {
                            if (arg != null && !arg.isEmpty()) {
                                sb.append(arg.charAt(0));
                            }
                            ai++;
                            consumed = true;
                        }
                        default -> {
                            ctx.unknown("printf conversion %" + conv + " is not supported");
                            sb.append('%').append(conv);
                        }
                    }
                } else {
                    sb.append(c);
                }
            }
            if (!consumed) {
                break;
            }
        } while (ai < rest.size());
        return Result.ok(sb.toString());
    }

    // ------------------------------------------------------------------ expansion

    private String paramValue(String name) {
        if (name.matches("[0-9]+")) {
            int n = Integer.parseInt(name);
            if (n == 0) {
                return "sh";
            }
            return n <= positional.size() ? positional.get(n - 1) : "";
        }
        return switch (name) {
            case "#" -> String.valueOf(positional.size());
            case "@", "*" -> String.join(" ", positional);
            case "?" -> String.valueOf(lastStatus);
            case "$" -> PID;
            default -> vars.getOrDefault(name, "");
        };
    }

    /** Expands a word with field splitting (no globbing). */
    private List<String> expand(Word w) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean have = false;
        for (Part p : w.parts()) {
            if (p instanceof Lit l) {
                cur.append(l.text());
                have |= l.quoted() || !l.text().isEmpty();
            } else if (p instanceof Param pa) {
                if (pa.quoted()) {
                    if (pa.name().equals("@")) {
                        for (int i = 0; i < positional.size(); i++) {
                            if (i > 0) {
                                fields.add(cur.toString());
                                cur.setLength(0);
                            }
                            cur.append(positional.get(i));
                        }
                        have = have || !positional.isEmpty();
                    } else {
                        cur.append(paramValue(pa.name()));
                        have = true;
                    }
                } else {
                    String v = pa.name().equals("@") || pa.name().equals("*")
                            ? String.join(" ", positional) : paramValue(pa.name());
                    int i = 0;
                    int n = v.length();
                    while (i < n) {
                        char c = v.charAt(i);
                        if (c == ' ' || c == '\t' || c == '\n') {
                            if (have) {
                                fields.add(cur.toString());
                                cur.setLength(0);
                                have = false;
                            }
                            i++;
                        } else {
                            cur.append(c);
                            have = true;
                            i++;
                        }
                    }
                }
            }
        }
        if (have) {
            fields.add(cur.toString());
        }
        return fields;
    }

    /** Expands a word without field splitting (assignments, redirection targets). */
    private String expandToOne(Word w) {
        StringBuilder sb = new StringBuilder();
        for (Part p : w.parts()) {
            if (p instanceof Lit l) {
                sb.append(l.text());
            } else if (p instanceof Param pa) {
                sb.append(paramValue(pa.name()));
            }
        }
        return sb.toString();
    }
}
