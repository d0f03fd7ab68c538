package org.kconfigexplorer.app.cli;

/** A user-facing error: printed as one message (never a stack trace), exit code 1. */
public final class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(String message) {
        this(message, 1);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
