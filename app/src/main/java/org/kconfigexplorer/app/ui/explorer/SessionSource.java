package org.kconfigexplorer.app.ui.explorer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kconfigexplorer.kconfig.parse.ParseMonitor;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/** Where the explorer's Kconfig tree comes from: the embedded model or a directory. */
public interface SessionSource {

    /** Opens the tree with a toolchain profile; may take a while (runs in the background). */
    ExplorerSession open(ToolchainProfile profile) throws Exception;

    /**
     * Opens the tree, reporting progress to {@code monitor} and stopping when it says so (then
     * throwing {@link ParseMonitor.CancelledException}). By default the monitor is not used.
     */
    default ExplorerSession open(ToolchainProfile profile, ParseMonitor monitor) throws Exception {
        return open(profile);
    }

    /** For messages: "the embedded model", or the directory. */
    String describe();

    static SessionSource embedded() {
        return new SessionSource() {
            @Override
            public ExplorerSession open(ToolchainProfile profile) {
                return ExplorerSession.openEmbedded(profile);
            }

            @Override
            public String describe() {
                return "the embedded Linux " + ExplorerSession.EMBEDDED_KERNEL_VERSION + " Rust model";
            }
        };
    }

    static SessionSource directory(Path dir) {
        return new SessionSource() {
            @Override
            public ExplorerSession open(ToolchainProfile profile) throws UserFacingException {
                if (!Files.isDirectory(dir)) {
                    throw new UserFacingException(dir + " is not a directory");
                }
                if (!Files.isRegularFile(dir.resolve("Kconfig"))) {
                    throw new UserFacingException(dir + " has no top-level file named Kconfig");
                }
                return ExplorerSession.openDirectory(dir, profile);
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }
}
