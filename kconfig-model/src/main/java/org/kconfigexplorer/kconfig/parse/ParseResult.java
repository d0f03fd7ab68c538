package org.kconfigexplorer.kconfig.parse;

import java.util.List;
import java.util.Map;
import org.kconfigexplorer.kconfig.macro.Preprocessor;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;

/**
 * What parsing a tree produced: the model (always present; possibly partial when there were
 * errors), the problems found with file:line:column, and what the macro language did.
 *
 * @param shellCommands every $(shell,...) command with the answer it got
 * @param environment   the environment variables the tree read
 * @param files         the Kconfig files read, in order
 */
public record ParseResult(KconfigModel model, List<Diagnostic> diagnostics, List<Preprocessor.Message> messages,
                          Map<String, String> shellCommands, Map<String, String> environment, List<String> files) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
        messages = List.copyOf(messages);
        shellCommands = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shellCommands));
        environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
        files = List.copyOf(files);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
