package org.kconfigexplorer.kconfig.toolchain;

import java.util.Objects;

/**
 * A {@code $(shell,...)} command that {@link ProfileShell} could not answer from the profile
 * (or answered only partly), together with the default it gave instead. The UI lists these so
 * the user can see which values are guesses.
 *
 * @param command     the command text, as the preprocessor handed it over
 * @param answerGiven the standard output returned for it (often empty)
 * @param reason      why the profile could not answer it
 */
public record Assumption(String command, String answerGiven, String reason) {
    public Assumption {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(answerGiven, "answerGiven");
        Objects.requireNonNull(reason, "reason");
    }
}
