package org.kconfigexplorer.kconfig.macro;

/**
 * Answers the commands of the Kconfig macro language's {@code $(shell,...)} built-in.
 *
 * <p>The preprocessor hands over the fully expanded command text and applies conf's
 * post-processing itself (trailing newlines removed, inner newlines turned into spaces), so
 * an implementation returns the command's raw standard output. Implementations either run
 * nothing and answer from a toolchain profile, or (host mode, only when the user chose it)
 * run the command with /bin/sh.
 */
@FunctionalInterface
public interface MacroShell {

    /** Standard output of {@code command}; never null (empty when the command prints nothing). */
    String run(String command);

    /** A shell that answers every command with empty output; for trees that issue none. */
    MacroShell SILENT = command -> "";
}
