package org.kconfigexplorer.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ProfileShell;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A real kernel tree, its ARCH and how toolchain facts are obtained: from a toolchain profile
 * (the default; nothing is run) or, only with --host-toolchain, by running the tree's
 * $(shell,...) commands on this machine as conf does.
 */
public final class KernelTreeOptions {

    @Option(names = "--srctree", paramLabel = "DIR", required = true, description = "Kernel source tree.")
    Path srctree;

    @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "x86_64",
            description = "ARCH as given to make (x86_64, i386, arm64, riscv, ...). Default: ${DEFAULT-VALUE}.")
    String arch;

    @Option(names = {"-O", "--objdir"}, paramLabel = "DIR",
            description = "Build output directory holding .config (conf's working directory). Default: current directory.")
    Path objdir;

    @Option(names = {"-e", "--env"}, paramLabel = "NAME=VALUE",
            description = "Override a variable the Makefile exports, e.g. -e CC=clang -e LLVM=1.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--host-toolchain",
            description = "Run the tree's $(shell,...) commands with /bin/sh on this machine, as conf does. "
                    + "Without it nothing from the tree is run: a toolchain profile answers.")
    boolean host;

    @Mixin
    ToolchainOptions profile = new ToolchainOptions();

    Path workDir() {
        return (objdir == null ? Path.of("") : objdir).toAbsolutePath().normalize();
    }

    void validate() {
        if (host && (profile.presetId != null || profile.profileFile != null)) {
            throw new CliException("--host-toolchain and --profile/--profile-file exclude each other", 2);
        }
        checkSourceTree(srctree, arch);
        if (objdir != null) {
            try {
                Files.createDirectories(objdir);
            } catch (IOException e) {
                throw new CliException(objdir + ": cannot create the output directory: " + e.getMessage());
            }
        }
    }

    /** A kernel source tree with the arch folder ARCH needs, else a {@link CliException}. */
    static void checkSourceTree(Path srctree, String arch) {
        KernelEnvironment.treeProblem(srctree, arch).ifPresent(problem -> {
            throw new CliException(problem);
        });
    }

    boolean hostMode() {
        return host;
    }

    /** The environment conf would see (process variables such as KCONFIG_CONFIG included). */
    Map<String, String> environment() {
        Map<String, String> base = new LinkedHashMap<>();
        if (hostMode()) {
            base.putAll(System.getenv());
        } else {
            base.putAll(kconfigVariables(System.getenv()));
            ToolchainProfile p = profile.resolve();
            base.putAll(p.environment());
        }
        return hostMode() ? KernelEnvironment.forHost(srctree, arch, base, overrides, workDir())
                : KernelEnvironment.forTree(srctree, arch, base, overrides);
    }

    private static Map<String, String> kconfigVariables(Map<String, String> processEnv) {
        Map<String, String> out = new LinkedHashMap<>();
        processEnv.forEach((k, v) -> {
            if (k.startsWith("KCONFIG_")) {
                out.put(k, v);
            }
        });
        return out;
    }

    MacroShell shell(Map<String, String> env) {
        if (hostMode()) {
            return new HostShell(workDir(), env);
        }
        return new ProfileShell(profile.resolve(), MinToolVersions.forTree(srctree), env);
    }
}
