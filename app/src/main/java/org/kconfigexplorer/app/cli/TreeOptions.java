package org.kconfigexplorer.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import picocli.CommandLine.Option;

/** Which Kconfig tree to open: the embedded Rust model (default) or a directory. */
public final class TreeOptions {

    @Option(names = "--tree", paramLabel = "DIR", description = "A Kconfig tree (directory with a top-level Kconfig). Default: the embedded Linux 7.1 Rust model.")
    Path tree;

    /** Opens the tree; parse errors become a {@link CliException} listing every file:line. */
    public ExplorerSession open(ToolchainProfile profile) {
        ExplorerSession session;
        if (tree == null) {
            session = ExplorerSession.openEmbedded(profile);
        } else {
            if (!Files.isDirectory(tree)) {
                throw new CliException(tree + ": not a directory");
            }
            session = ExplorerSession.openDirectory(tree, profile);
        }
        return requireNoErrors(session);
    }

    /** The session, or a {@link CliException} listing every parse error with its file:line. */
    static ExplorerSession requireNoErrors(ExplorerSession session) {
        if (session.parseResult().hasErrors()) {
            StringBuilder sb = new StringBuilder("the Kconfig tree has errors:");
            for (Diagnostic d : session.parseResult().errors()) {
                sb.append("\n  ").append(d);
            }
            throw new CliException(sb.toString());
        }
        return session;
    }
}
