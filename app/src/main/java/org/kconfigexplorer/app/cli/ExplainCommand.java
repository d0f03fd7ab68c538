package org.kconfigexplorer.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.kconfigexplorer.kconfig.explain.ExplanationText;
import org.kconfigexplorer.kconfig.explain.SymbolExplanation;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain NAME}: why an option has its value and visibility. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Say why an option has its value and visibility: where the value came from, the prompt "
                + "conditions, the dependencies with the unmet terms marked, selects and implies both ways, "
                + "and the toolchain facts involved traced to profile fields.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    SessionOptions session = new SessionOptions();

    @Option(names = "--json", description = "Print the explanation as JSON.")
    boolean json;

    @Parameters(paramLabel = "NAME", description = "The option, e.g. RUST_INLINE_HELPERS (CONFIG_ prefix allowed).")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        ExplorerSession s = session.open();
        SymbolExplanation e;
        try {
            e = s.explainer().explain(name);
        } catch (IllegalArgumentException ex) {
            throw new CliException(ex.getMessage(), 2);
        }
        spec.commandLine().getOut().print(json ? Json.write(e) : ExplanationText.format(e));
        return 0;
    }

    /** Indented JSON with a final newline. */
    static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private Json() {
        }

        static String write(Object value) throws JsonProcessingException {
            return MAPPER.writeValueAsString(value) + "\n";
        }
    }
}
