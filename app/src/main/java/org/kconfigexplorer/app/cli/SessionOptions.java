package org.kconfigexplorer.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A tree to reason about, as the explain and fix commands take it: the embedded model (default),
 * a Kconfig directory (--tree) or a kernel source tree for an ARCH (--srctree, --arch), with a
 * toolchain profile and optionally a .config loaded as the user's values.
 */
public final class SessionOptions {

    @Mixin
    ToolchainOptions toolchain = new ToolchainOptions();

    @Mixin
    TreeOptions tree = new TreeOptions();

    @Option(names = "--srctree", paramLabel = "DIR", description = "A kernel source tree (instead of --tree).")
    Path srctree;

    @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "x86_64",
            description = "ARCH for --srctree (x86_64, arm64, riscv, ...). Default: ${DEFAULT-VALUE}.")
    String arch;

    @Option(names = "--config", paramLabel = "FILE", description = "A .config to load as the current configuration.")
    Path config;

    /** Opens the tree with the profile and loads --config; user errors become {@link CliException}. */
    ExplorerSession open() {
        ExplorerSession session;
        if (srctree != null) {
            if (tree.tree != null) {
                throw new CliException("--tree and --srctree exclude each other", 2);
            }
            KernelTreeOptions.checkSourceTree(srctree, arch);
            session = TreeOptions.requireNoErrors(
                    ExplorerSession.openKernelTree(srctree.toAbsolutePath().normalize(), arch, toolchain.resolve()));
        } else {
            session = tree.open(toolchain.resolve());
        }
        if (config != null) {
            String text;
            try {
                text = Files.readString(config);
            } catch (IOException e) {
                throw new CliException(config + ": cannot read: " + e.getMessage());
            }
            for (Diagnostic d : ConfigReader.read(session.model(), text, config.toString())) {
                if (d.isError()) {
                    throw new CliException(d.toString());
                }
            }
        }
        return session;
    }
}
