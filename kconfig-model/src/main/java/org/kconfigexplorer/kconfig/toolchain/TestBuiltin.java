package org.kconfigexplorer.kconfig.toolchain;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.kconfigexplorer.kconfig.toolchain.ShellInterpreter.Context;
import org.kconfigexplorer.kconfig.toolchain.ShellInterpreter.Result;

/**
 * The {@code test} / {@code [} built-in: string and integer comparisons, {@code -n}, {@code -z},
 * {@code !}, {@code -a}, {@code -o} and parentheses. File tests cannot be answered without the
 * file system (except for {@code /dev/null}); they are false and noted as unknown.
 */
final class TestBuiltin {

    private static final Set<String> BINARY = Set.of("=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt",
            "-ge", "-nt", "-ot", "-ef");
    private static final Set<String> UNARY = Set.of("-n", "-z", "-e", "-f", "-d", "-r", "-w", "-x", "-s", "-L", "-h",
            "-b", "-c", "-p", "-S", "-t", "-g", "-u", "-k", "-O", "-G");

    private final List<String> a;
    private final Context ctx;
    private int p;

    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private TestBuiltin(List<String> args, Context ctx) {
        this.a = args;
        this.ctx = ctx;
    }

    static Result eval(List<String> args, Context ctx) {
        if (args.isEmpty()) {
            return Result.status(1);
        }
        TestBuiltin t = new TestBuiltin(args, ctx);
        try {
            boolean v = t.or();
            if (t.p < args.size()) {
                throw new SyntaxError("unexpected operator");
            }
            return Result.status(v ? 0 : 1);
        } catch (SyntaxError e) {
            return new Result(2, "", "test: " + e.getMessage() + "\n");
        }
    }

    private boolean more() {
        return p < a.size();
    }

    private boolean or() {
        boolean v = and();
        while (more() && a.get(p).equals("-o")) {
            p++;
            boolean r = and();
            v = v || r;
        }
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (more() && a.get(p).equals("-a")) {
            p++;
            boolean r = not();
            v = v && r;
        }
        return v;
    }

    private boolean not() {
        if (more() && a.get(p).equals("!") && p + 1 < a.size()
                && !(p + 2 < a.size() && BINARY.contains(a.get(p + 1)))) {
            p++;
            return !not();
        }
        return primary();
    }

    private boolean primary() {
        if (!more()) {
            throw new SyntaxError("argument expected");
        }
        String x = a.get(p);
        if (p + 2 < a.size() && BINARY.contains(a.get(p + 1))) {
            p += 3;
            return binary(x, a.get(p - 2), a.get(p - 1));
        }
        if (x.equals("(") && p + 1 < a.size()) {
            p++;
            boolean v = or();
            if (!more() || !a.get(p).equals(")")) {
                throw new SyntaxError("closing paren expected");
            }
            p++;
            return v;
        }
        if (UNARY.contains(x) && p + 1 < a.size()) {
            p += 2;
            return unary(x, a.get(p - 1));
        }
        p++;
        return !x.isEmpty();
    }

    private boolean unary(String op, String arg) {
        switch (op) {
            case "-n":
                return !arg.isEmpty();
            case "-z":
                return arg.isEmpty();
            default:
                if (arg.equals("/dev/null")) {
                    return op.equals("-e") || op.equals("-c") || op.equals("-r") || op.equals("-w");
                }
                Boolean answered = ctx.external == null ? null : ctx.external.fileTest(op, arg, ctx);
                if (answered != null) {
                    return answered;
                }
                ctx.unknown("file test 'test " + op + " " + arg + "' needs the file system");
                return false;
        }
    }

    private boolean binary(String l, String op, String r) {
        switch (op) {
            case "=", "==":
                return l.equals(r);
            case "!=":
                return !l.equals(r);
            case "<":
                return l.compareTo(r) < 0;
            case ">":
                return l.compareTo(r) > 0;
            case "-nt", "-ot", "-ef":
                ctx.unknown("file test 'test " + l + " " + op + " " + r + "' needs the file system");
                return false;
            default:
                int c = integer(l).compareTo(integer(r));
                return switch (op) {
                    case "-eq" -> c == 0;
                    case "-ne" -> c != 0;
                    case "-lt" -> c < 0;
                    case "-le" -> c <= 0;
                    case "-gt" -> c > 0;
                    default -> c >= 0;
                };
        }
    }

    private static BigInteger integer(String s) {
        String t = s.trim();
        if (!t.matches("[+-]?\\d+")) {
            throw new SyntaxError("illegal number: " + s);
        }
        return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    }
}
