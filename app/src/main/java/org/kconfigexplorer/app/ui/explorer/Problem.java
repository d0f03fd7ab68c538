package org.kconfigexplorer.app.ui.explorer;

import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.toolchain.Assumption;

/**
 * One entry of the problems list.
 *
 * @param severity how bad it is
 * @param text     the line shown, e.g. "init/Kconfig:12:3: error: unknown keyword 'bol'"
 */
public record Problem(Diagnostic.Severity severity, String text) {

    public static Problem of(Diagnostic d) {
        return new Problem(d.severity(), d.toString());
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

    @Override
    public String toString() {
        return text;
    }
}
