package org.kconfigexplorer.app.ui.opentree;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.app.ui.explorer.UserFacingException;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;
import org.kconfigexplorer.kconfig.parse.ParseMonitor;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * A kernel source tree opened for one ARCH, with toolchain facts from a profile or (only when
 * the user chose it) from running the tree's commands on this machine.
 *
 * @param srctree the kernel source tree
 * @param arch    ARCH as given to make (x86_64, i386, arm64, ...)
 * @param host    true: host toolchain mode, the tree's $(shell,...) commands run here
 * @param environment the user's environment for host mode (PATH, CC, ...)
 */
public record KernelTreeSource(Path srctree, String arch, boolean host, Map<String, String> environment)
        implements SessionSource {

    public KernelTreeSource {
        Objects.requireNonNull(srctree, "srctree");
        Objects.requireNonNull(arch, "arch");
        environment = Map.copyOf(environment);
    }

    /** Profile mode: nothing from the tree is run. */
    public static KernelTreeSource withProfile(Path srctree, String arch) {
        return new KernelTreeSource(srctree, arch, false, Map.of());
    }

    /** Host mode, with this process's environment. */
    public static KernelTreeSource onHost(Path srctree, String arch) {
        return new KernelTreeSource(srctree, arch, true, System.getenv());
    }

    @Override
    public ExplorerSession open(ToolchainProfile profile) throws Exception {
        return open(profile, ParseMonitor.NONE);
    }

    @Override
    public ExplorerSession open(ToolchainProfile profile, ParseMonitor monitor) throws Exception {
        java.util.Optional<String> problem = KernelEnvironment.treeProblem(srctree, arch);
        if (problem.isPresent()) {
            throw new UserFacingException(problem.get());
        }
        return host ? ExplorerSession.openKernelTreeOnHost(srctree, arch, environment, monitor)
                : ExplorerSession.openKernelTree(srctree, arch, profile, monitor);
    }

    @Override
    public String describe() {
        return srctree + " (ARCH=" + arch + (host ? ", host toolchain" : "") + ")";
    }
}
