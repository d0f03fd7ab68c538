package org.kconfigexplorer.kconfig.toolchain;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.kconfigexplorer.kconfig.toolchain.ShellInterpreter.Context;
import org.kconfigexplorer.kconfig.toolchain.ShellInterpreter.Result;

/**
 * The {@code expr} utility: {@code |}, {@code &}, comparisons ({@code < <= = == != >= >};
 * numeric when both sides are integers, else string comparison), {@code + -}, {@code * / %},
 * parentheses and {@code length}. Arbitrary-precision integers, truncating division like C.
 * Exit status: 0 when the result is neither empty nor 0, 1 when it is, 2 on errors.
 * Regular-expression matching ({@code :}, {@code match}) is not supported and is noted as unknown.
 */
final class ExprBuiltin {

    private static final Set<String> COMPARISONS = Set.of("<", "<=", "=", "==", "!=", ">=", ">");

    private final List<String> a;
    private int p;

    private static final class ExprError extends RuntimeException {
        ExprError(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private ExprBuiltin(List<String> args) {
        this.a = args;
    }

    static Result eval(List<String> args, Context ctx) {
        if (args.isEmpty()) {
            return new Result(2, "", "expr: missing operand\n");
        }
        ExprBuiltin e = new ExprBuiltin(args);
        try {
            String v = e.or();
            if (e.p < args.size()) {
                throw new ExprError("syntax error: unexpected argument '" + args.get(e.p) + "'");
            }
            return new Result(isNull(v) ? 1 : 0, v + "\n", "");
        } catch (ExprError err) {
            return new Result(2, "", "expr: " + err.getMessage() + "\n");
        } catch (Unsupported u) {
            ctx.unknown(u.getMessage());
            return new Result(2, "", "");
        }
    }

    private static boolean isNull(String v) {
        return v.isEmpty() || (isInteger(v) && new BigInteger(v).signum() == 0);
    }

    private static boolean isInteger(String v) {
        return v.matches("-?\\d+");
    }

    private boolean at(String tok) {
        return p < a.size() && a.get(p).equals(tok);
    }

    private String or() {
        String l = and();
        while (at("|")) {
            p++;
            String r = and();
            l = !isNull(l) ? l : (!isNull(r) ? r : "0");
        }
        return l;
    }

    private String and() {
        String l = comparison();
        while (at("&")) {
            p++;
            String r = comparison();
            l = !isNull(l) && !isNull(r) ? l : "0";
        }
        return l;
    }

    private String comparison() {
        String l = additive();
        while (p < a.size() && COMPARISONS.contains(a.get(p))) {
            String op = a.get(p++);
            String r = additive();
            int c = isInteger(l) && isInteger(r)
                    ? new BigInteger(l).compareTo(new BigInteger(r))
                    : Integer.signum(l.compareTo(r));
            boolean v = switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case "=", "==" -> c == 0;
                case "!=" -> c != 0;
                case ">=" -> c >= 0;
                default -> c > 0;
            };
            l = v ? "1" : "0";
        }
        return l;
    }

    private String additive() {
        String l = multiplicative();
        while (at("+") || at("-")) {
            String op = a.get(p++);
            String r = multiplicative();
            BigInteger x = num(l);
            BigInteger y = num(r);
            l = (op.equals("+") ? x.add(y) : x.subtract(y)).toString();
        }
        return l;
    }

    private String multiplicative() {
        String l = match();
        while (at("*") || at("/") || at("%")) {
            String op = a.get(p++);
            String r = match();
            BigInteger x = num(l);
            BigInteger y = num(r);
            if (!op.equals("*") && y.signum() == 0) {
                throw new ExprError("division by zero");
            }
            l = switch (op) {
                case "*" -> x.multiply(y).toString();
                case "/" -> x.divide(y).toString();
                default -> x.remainder(y).toString();
            };
        }
        return l;
    }

    private String match() {
        String l = primary();
        if (at(":")) {
            throw new Unsupported("expr regular-expression matching (':') is not supported");
        }
        return l;
    }

    private String primary() {
        if (p >= a.size()) {
            throw new ExprError("syntax error: missing argument after '" + a.get(p - 1) + "'");
        }
        String t = a.get(p++);
        switch (t) {
            case "(" -> {
                String v = or();
                if (!at(")")) {
                    throw new ExprError("syntax error: expecting ')'");
                }
                p++;
                return v;
            }
            case "length" -> {
                if (p >= a.size()) {
                    throw new ExprError("syntax error: missing argument after 'length'");
                }
                return String.valueOf(a.get(p++).length());
            }
            case "match", "substr", "index" -> throw new Unsupported("expr '" + t + "' is not supported");
            case "+" -> {
                if (p >= a.size()) {
                    throw new ExprError("syntax error: missing argument after '+'");
                }
                return a.get(p++);
            }
            default -> {
                if (t.equals(")") || COMPARISONS.contains(t) || Set.of("|", "&", "-", "*", "/", "%", ":").contains(t)) {
                    if (a.size() == 1) {
                        return t; // a lone operator is a plain string
                    }
                    throw new ExprError("syntax error: unexpected argument '" + t + "'");
                }
                return t;
            }
        }
    }

    private static BigInteger num(String v) {
        if (!isInteger(v)) {
            throw new ExprError("non-integer argument");
        }
        return new BigInteger(v);
    }
}
