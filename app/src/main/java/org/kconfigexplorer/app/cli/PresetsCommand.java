package org.kconfigexplorer.app.cli;

import java.util.concurrent.Callable;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code presets}: lists the bundled toolchain presets. */
@Command(name = "presets", mixinStandardHelpOptions = true, description = "List the bundled toolchain presets.")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (ToolchainProfile p : ToolchainProfiles.presets()) {
            spec.commandLine().getOut().printf("%-28s %s%n", p.id(), p.name());
        }
        return 0;
    }
}
