package org.kconfigexplorer.app.cli;

import java.util.concurrent.Callable;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.Assumption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: parses a tree and reports every problem with file:line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Parse a Kconfig tree and list its problems (file:line). Exit code 1 on errors.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ToolchainOptions toolchain = new ToolchainOptions();

    @Mixin
    TreeOptions tree = new TreeOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExplorerSession session = tree.open(toolchain.resolve());
        for (Diagnostic d : session.diagnostics()) {
            spec.commandLine().getErr().println(d);
        }
        for (Assumption a : session.assumptions()) {
            spec.commandLine().getErr().println("assumption: " + a);
        }
        spec.commandLine().getOut().printf("%s: %d symbols, %d menu nodes, %d warnings%n", session.describeTree(),
                session.model().definedSymbols().size(), session.model().allNodes().size(),
                session.diagnostics().size());
        return 0;
    }
}
