package org.kconfigexplorer.kconfig.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kconfigexplorer.kconfig.conf.ConfMode;
import org.kconfigexplorer.kconfig.conf.ConfRunner;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.toolchain.HostToolchainDetector;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ProfileShell;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * Profile mode against host mode: with a profile detected from this machine (versions from the
 * tools' --version, flag probes answered once on this machine), loading the real x86_64 tree
 * runs nothing, and the .config equals conf's. Lines that differ are reported with the
 * assumptions the profile had to make.
 */
class ProfileMatchesHostTest {

    private static KernelOracle oracle;

    @TempDir
    Path work;

    @BeforeAll
    static void oracle() {
        oracle = KernelOracle.require();
    }

    @ParameterizedTest
    @ValueSource(strings = {"defconfig", "allyesconfig"})
    void profileOfThisMachineGivesConfsOutput(String mode) throws Exception {
        Map<String, String> hostEnv = oracle.environment("x86_64");
        HostToolchainDetector detector = new HostToolchainDetector(new HostShell(work, hostEnv));
        ToolchainProfile detected = detector.detect("x86_64", "gcc").profile();

        String file = mode.equals("defconfig") ? "arch/x86/configs/x86_64_defconfig" : null;
        ProfileShell first = new ProfileShell(detected, MinToolVersions.LINUX_6_12, profileEnv(detected, hostEnv));
        run(mode, file, first, "probe");
        ToolchainProfile probed = detector.withProbedFlags(detected, first.probes());

        ProfileShell shell = new ProfileShell(probed, MinToolVersions.LINUX_6_12, profileEnv(probed, hostEnv));
        String ours = run(mode, file, shell, "ours");
        String expected = oracle.runConf(work.resolve("conf"), "x86_64",
                List.of(file == null ? "--" + mode : "--defconfig=" + file), null, Map.of()).config();

        List<String> differing = difference(expected, ours);
        System.out.printf("profile vs host, x86_64 %s: %d differing lines %s; %d assumptions:%n", mode,
                differing.size(), differing, shell.assumptions().size());
        shell.assumptions().forEach(a -> System.out.println("  assumption: " + a.command() + " -> " + a.reason()));
        assertThat(differing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"defconfig", "allyesconfig"})
    void bundledPresetOfThisMachineGivesConfsOutput(String mode) throws Exception {
        Map<String, String> hostEnv = oracle.environment("x86_64");
        ToolchainProfile detected = new HostToolchainDetector(new HostShell(work, hostEnv)).detect("x86_64", "gcc")
                .profile();
        ToolchainProfile preset = org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles
                .preset("host-debian12-gcc12-rustc195").orElseThrow();
        assumeTrue(preset.cc().equals(detected.cc()) && java.util.Objects.equals(preset.rustc(), detected.rustc()),
                () -> "this machine's tools differ from the Debian 12 preset: " + detected.name());
        String file = mode.equals("defconfig") ? "arch/x86/configs/x86_64_defconfig" : null;
        ProfileShell shell = new ProfileShell(preset, MinToolVersions.LINUX_6_12, profileEnv(preset, hostEnv));
        String ours = run(mode, file, shell, "preset");
        String expected = oracle.runConf(work.resolve("conf"), "x86_64",
                List.of(file == null ? "--" + mode : "--defconfig=" + file), null, Map.of()).config();
        List<String> differing = difference(expected, ours);
        System.out.printf("bundled host preset vs host, x86_64 %s: %d differing lines %s%n", mode, differing.size(),
                differing);
        assertThat(differing).isEmpty();
    }

    /** The profile's variables plus what conf's environment has that a profile does not set. */
    private static Map<String, String> profileEnv(ToolchainProfile p, Map<String, String> hostEnv) {
        Map<String, String> env = new LinkedHashMap<>(hostEnv);
        env.putAll(p.environment());
        env.put("CC_VERSION_TEXT", hostEnv.get("CC_VERSION_TEXT"));
        env.put("RUSTC_VERSION_TEXT", hostEnv.get("RUSTC_VERSION_TEXT"));
        env.remove("CROSS_COMPILE");
        for (String k : List.of("AR", "NM", "OBJCOPY", "OBJDUMP", "READELF", "STRIP")) {
            env.remove(k);
        }
        return env;
    }

    private String run(String mode, String file, ProfileShell shell, String dir) throws Exception {
        Path out = work.resolve(dir);
        Files.createDirectories(out);
        ConfRunner.Outcome outcome = ConfRunner.run(new ConfRunner.Request(ConfMode.valueOf(mode.toUpperCase()), out,
                oracle.srctree(), shell.environment(), shell, file));
        assertThat(outcome.exitCode()).isZero();
        return outcome.output();
    }

    private static List<String> difference(String expected, String actual) {
        Set<String> a = new LinkedHashSet<>(List.of(expected.split("\n")));
        Set<String> b = new LinkedHashSet<>(List.of(actual.split("\n")));
        List<String> out = new ArrayList<>();
        for (String line : a) {
            if (!b.contains(line)) {
                out.add("-" + line);
            }
        }
        for (String line : b) {
            if (!a.contains(line)) {
                out.add("+" + line);
            }
        }
        return out;
    }
}
