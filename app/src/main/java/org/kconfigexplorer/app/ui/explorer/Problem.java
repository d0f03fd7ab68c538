package org.kconfigexplorer.app.ui.explorer;

import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.toolchain.Assumption;

/**
 * One entry of the problems list.
 *
 * @param severity how bad it is
 * @param text     the line shown, e.g. "init/Kconfig:12:3: error: unknown keyword 'bol'"
 * @param file     the Kconfig (or .config) file it is about, or null
 * @param line     the 1-based line in {@code file}, or 0
 */
public record Problem(Diagnostic.Severity severity, String text, String file, int line) {

    public Problem(Diagnostic.Severity severity, String text) {
        this(severity, text, null, 0);
    }

    public static Problem of(Diagnostic d) {
        return new Problem(d.severity(), d.toString(), d.file(), d.line());
    }

    /** A toolchain question the profile could not answer, and the answer assumed. */
    public static Problem assumption(Assumption a) {
        String answer = a.answerGiven().strip();
        return new Problem(Diagnostic.Severity.INFO, "assumed: $(shell," + a.command() + ") gave \u201c" + answer
                + "\u201d: " + a.reason());
    }

    public static Problem error(String text) {
        return new Problem(Diagnostic.Severity.ERROR, "error: " + text);
    }

    public static Problem warning(String text) {
        return new Problem(Diagnostic.Severity.WARNING, "warning: " + text);
    }

    /** True when the problem names a file and line. */
    public boolean hasLocation() {
        return file != null && line > 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
