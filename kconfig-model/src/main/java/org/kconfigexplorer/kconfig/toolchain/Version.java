package org.kconfigexplorer.kconfig.toolchain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tool version of the form {@code MAJOR.MINOR[.PATCH]}, as written in toolchain profiles,
 * with the integer encodings the kernel's version scripts print.
 *
 * @param major major number
 * @param minor minor number
 * @param patch patch number (0 when the text had only two fields)
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})(?:\\.(\\d{1,6}))?");

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version field");
        }
    }

    /** True when {@code text} has the form {@code MAJOR.MINOR[.PATCH]}. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /**
     * Parses {@code MAJOR.MINOR[.PATCH]}.
     *
     * @throws IllegalArgumentException when the text has another form
     */
    public static Version parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected MAJOR.MINOR[.PATCH], got \"" + text + "\"");
        }
        return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /** 10000*major + 100*minor + patch: the encoding of cc-, ld-, as- and rustc-llvm-version.sh. */
    public long canonical() {
        return 10000L * major + 100L * minor + patch;
    }

    /** 100000*major + 100*minor + patch: the encoding of rustc-version.sh. */
    public long rustcCanonical() {
        return 100000L * major + 100L * minor + patch;
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    /** True when this version is at least {@code minimum}. */
    public boolean atLeast(Version minimum) {
        return compareTo(minimum) >= 0;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
