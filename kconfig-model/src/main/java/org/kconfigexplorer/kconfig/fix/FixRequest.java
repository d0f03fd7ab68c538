package org.kconfigexplorer.kconfig.fix;

/** "NAME should be VALUE": the goal of a fix search. VALUE is y, m, n, or a number or string. */
public record FixRequest(String symbol, String value) {

    /** Parses NAME=VALUE (CONFIG_ prefix and quotes around the value allowed). */
    public static FixRequest parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected NAME=VALUE, got \"" + text + "\"");
        }
        String name = text.substring(0, eq).strip();
        if (name.startsWith("CONFIG_")) {
            name = name.substring("CONFIG_".length());
        }
        String value = text.substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return new FixRequest(name, value);
    }

    @Override
    public String toString() {
        return symbol + "=" + value;
    }
}
