package org.kconfigexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.kernel.RustInlineHelpersTree;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** The x86_64 tree with the three 7.1 Rust definitions, opened with a GCC profile from defconfig. */
final class RustTree {

    static final String PROFILE = "gcc14-rustc185-llvm19";

    private RustTree() {
    }

    static ExplorerSession openDefconfig() throws IOException {
        Path tree = RustInlineHelpersTree.prepare(KernelTree.srctree(), Files.createTempDirectory("kconfig-rust71"));
        ExplorerSession session = ExplorerSession.openKernelTree(tree, "x86_64",
                ToolchainProfiles.preset(PROFILE).orElseThrow());
        ConfigReader.read(session.model(), Files.readString(tree.resolve("arch/x86/configs/x86_64_defconfig")),
                "x86_64_defconfig");
        return session;
    }
}
