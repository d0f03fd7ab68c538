package org.kconfigexplorer.kconfig.parse;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Lets a caller follow and stop a long parse: {@code cancelled} is asked before each file is
 * opened (the top file and every {@code source}d one); {@code filesParsed} hears how many files
 * have been opened so far. Both are called on the parsing thread.
 *
 * @param cancelled   true once the caller wants the parse to stop
 * @param filesParsed called with the number of files opened so far
 */
public record ParseMonitor(BooleanSupplier cancelled, IntConsumer filesParsed) {

    /** Never cancelled, reports nothing. */
    public static final ParseMonitor NONE = new ParseMonitor(() -> false, n -> { });

    public ParseMonitor {
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(filesParsed, "filesParsed");
    }

    /** Thrown out of the parse when {@link #cancelled()} said so; nothing is returned. */
    public static final class CancelledException extends java.util.concurrent.CancellationException {
        public CancelledException(int filesParsed) {
            super("loading was cancelled after " + filesParsed + (filesParsed == 1 ? " file" : " files"));
        }
    }
}
