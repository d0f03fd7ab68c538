package org.kconfigexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * Locates the unpacked Linux tree the benchmarks read: KCONFIG_EXPLORER_KERNEL_SRC, else the
 * test suite's cache (java.io.tmpdir/kconfig-explorer-oracle/linux-source-6.12).
 */
final class KernelTree {

    private KernelTree() {
    }

    static Path srctree() {
        String given = System.getenv("KCONFIG_EXPLORER_KERNEL_SRC");
        Path p = given != null ? Path.of(given)
                : Path.of(System.getProperty("java.io.tmpdir"), "kconfig-explorer-oracle", "linux-source-6.12");
        if (!Files.isRegularFile(p.resolve("Kconfig"))) {
            throw new IllegalStateException("no kernel tree at " + p
                    + " (run the tests once, or set KCONFIG_EXPLORER_KERNEL_SRC)");
        }
        return p;
    }

    /** The embedded model ({@code "embedded"}) or the kernel tree, opened with {@code profile}. */
    static ExplorerSession session(String tree, ToolchainProfile profile) {
        return tree.equals("embedded") ? ExplorerSession.openEmbedded(profile)
                : ExplorerSession.openDirectory(srctree(), profile);
    }

    static Map<String, String> environment(Path srctree, String arch) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        base.put("HOME", System.getProperty("user.home"));
        return KernelEnvironment.forTree(srctree, arch, base, Map.of());
    }
}
