package org.kconfigexplorer.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.Callable;
import org.kconfigexplorer.kconfig.fix.FixFinder;
import org.kconfigexplorer.kconfig.fix.FixRequest;
import org.kconfigexplorer.kconfig.fix.FixResult;
import org.kconfigexplorer.kconfig.fix.FixText;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fix NAME=VALUE}: the smallest verified changes that give an option a value. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Propose the smallest changes (option settings and toolchain-profile changes) that give "
                + "NAME the value VALUE, each verified by re-evaluating the tree. Exit code 3 when unreachable.")
final class FixCommand implements Callable<Integer> {

    @Mixin
    SessionOptions session = new SessionOptions();

    @Option(names = "--max", paramLabel = "N", defaultValue = "5", description = "How many alternatives. Default: ${DEFAULT-VALUE}.")
    int max;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Parameters(paramLabel = "NAME=VALUE", description = "The goal, e.g. RUST_INLINE_HELPERS=y.")
    String goal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if (max < 1) {
            throw new CliException("--max must be at least 1", 2);
        }
        FixRequest request;
        try {
            request = FixRequest.parse(goal);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        ExplorerSession s = session.open();
        FixResult result;
        try {
            result = s.fixFinder().find(request, FixFinder.Options.defaults().withMaxSuggestions(max));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        spec.commandLine().getOut().print(json ? ExplainCommand.Json.write(result) : FixText.format(result));
        return result.status() == FixResult.Status.UNREACHABLE ? 3 : 0;
    }
}
