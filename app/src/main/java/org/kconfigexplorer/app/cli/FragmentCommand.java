package org.kconfigexplorer.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kconfigexplorer.app.AppVersion;
import org.kconfigexplorer.kconfig.config.SettingsApplier;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fragment NAME=VALUE...}: applies settings and prints or writes the .config fragment. */
@Command(name = "fragment", mixinStandardHelpOptions = true,
        description = "Apply NAME=VALUE settings with a toolchain profile and export the .config fragment "
                + "(for scripts/kconfig/merge_config.sh). Exit code 3 when a setting cannot take effect.")
final class FragmentCommand implements Callable<Integer> {

    @Mixin
    ToolchainOptions toolchain = new ToolchainOptions();

    @Mixin
    TreeOptions tree = new TreeOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the fragment here (atomically; an existing file is kept as FILE.old) instead of standard output.")
    Path output;

    @Parameters(paramLabel = "NAME=VALUE", description = "Settings, e.g. EXPERT=y RUST=y RUST_INLINE_HELPERS=y")
    List<String> settings = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExplorerSession session = tree.open(toolchain.resolve());
        List<SettingsApplier.Failure> failures;
        try {
            failures = SettingsApplier.apply(session.model(), settings);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder("some settings cannot take effect with toolchain '"
                    + session.profile().name() + "':");
            for (SettingsApplier.Failure f : failures) {
                sb.append("\n  ").append(f.setting()).append(": ").append(f.reason());
            }
            throw new CliException(sb.toString(), 3);
        }
        if (output == null) {
            spec.commandLine().getOut().print(session.fragment(AppVersion.get()));
        } else {
            session.exportFragment(output, AppVersion.get());
            spec.commandLine().getErr().println("fragment written to " + output);
        }
        return 0;
    }
}
