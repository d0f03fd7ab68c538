package org.kconfigexplorer.kconfig.model;

/**
 * A problem found while loading or evaluating a tree, with the place it concerns. Parsers
 * return these instead of throwing.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING, INFO }

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: message}, the form compilers use. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message).toString();
    }
}
