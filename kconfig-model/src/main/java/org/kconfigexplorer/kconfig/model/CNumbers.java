package org.kconfigexplorer.kconfig.model;

import java.math.BigInteger;
import java.util.Optional;

/** C's strtoll/strtoull number reading, as conf relies on it for int and hex values. */
public final class CNumbers {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private CNumbers() {
    }

    /** Result of scanning a number: its value, where it stopped, and whether it overflowed. */
    private record Scan(BigInteger value, int end, boolean digits) { }

    private static Scan scan(String s, int base) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0) {
            i += 2;
            base = 16;
        } else if (base == 0) {
            base = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        int start = i;
        BigInteger value = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(base);
        while (i < n) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0 || s.charAt(i) > 127) {
                break;
            }
            value = value.multiply(radix).add(BigInteger.valueOf(d));
            i++;
        }
        if (i == start) {
            return new Scan(BigInteger.ZERO, 0, false);
        }
        return new Scan(negative ? value.negate() : value, i, true);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    /** strtoll(s, NULL, base), saturating like glibc. */
    public static long strtoll(String s, int base) {
        Scan scan = scan(s, base);
        if (scan.value.compareTo(LONG_MAX) > 0) {
            return Long.MAX_VALUE;
        }
        if (scan.value.compareTo(LONG_MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return scan.value.longValue();
    }

    /**
     * The whole text as one number, as conf's expr_parse_string accepts it: no trailing
     * characters, no overflow, and the last character a hex digit. Empty when it is text.
     */
    public static Optional<Long> parseWhole(String s, int base, boolean unsigned) {
        Scan scan = scan(s, base);
        if (!scan.digits || scan.end != s.length() || Character.digit(s.charAt(s.length() - 1), 16) < 0) {
            return Optional.empty();
        }
        BigInteger v = scan.value;
        if (unsigned) {
            BigInteger magnitude = v.abs();
            if (magnitude.compareTo(ULONG_MAX) > 0) {
                return Optional.empty();
            }
            return Optional.of(v.signum() < 0 ? magnitude.negate().longValue() : v.longValue());
        }
        if (v.compareTo(LONG_MAX) > 0 || v.compareTo(LONG_MIN) < 0) {
            return Optional.empty();
        }
        return Optional.of(v.longValue());
    }
}
