package org.kconfigexplorer.kconfig.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.config.ConfigModes;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.parse.ParseResult;

/**
 * Differential tests against the kernel's own conf on the real Linux 6.12 x86_64 tree: the
 * .config we write must equal conf's byte for byte.
 */
class ConformanceTest {

    private static KernelOracle oracle;

    @TempDir
    Path work;

    @BeforeAll
    static void oracle() {
        oracle = KernelOracle.get();
        if (oracle == null && KernelOracle.required()) {
            fail("kernel oracle unavailable in CI: " + KernelOracle.unavailableReason());
        }
        assumeTrue(oracle != null, () -> "kernel oracle unavailable: " + KernelOracle.unavailableReason());
    }

    private KconfigModel parse(String arch, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        Map<String, String> env = oracle.environment(arch);
        ParseResult r = KconfigParser.parse(new DirectorySourceTree(oracle.srctree()), "Kconfig", env,
                new HostShell(workDir, env));
        assertThat(r.errors()).isEmpty();
        return r.model();
    }

    private void compare(String arch, String mode, List<String> confArgs, java.util.function.Consumer<KconfigModel> ours)
            throws Exception {
        KernelOracle.Result expected = oracle.runConf(work.resolve("conf"), arch, confArgs, null, Map.of());
        KconfigModel model = parse(arch, work.resolve("ours"));
        ours.accept(model);
        String actual = ConfigWriter.write(model);
        System.out.printf("conformance %s %s: %s%n", arch, mode, actual.equals(expected.config()) ? "identical" : "DIFFERENT");
        assertThat(actual).isEqualTo(expected.config());
    }

    @Test
    void x86_64Defconfig() throws Exception {
        String defconfig = "arch/x86/configs/x86_64_defconfig";
        compare("x86_64", "defconfig", List.of("--defconfig=" + defconfig), m -> {
            try {
                ConfigReader.read(m, Files.readString(oracle.srctree().resolve(defconfig)), defconfig);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void x86_64Alldefconfig() throws Exception {
        compare("x86_64", "alldefconfig", List.of("--alldefconfig"),
                m -> ConfigModes.setAllNewSymbols(m, ConfigModes.NewSymbols.DEFAULT));
    }

    @Test
    void x86_64Allnoconfig() throws Exception {
        compare("x86_64", "allnoconfig", List.of("--allnoconfig"),
                m -> ConfigModes.setAllNewSymbols(m, ConfigModes.NewSymbols.NO));
    }

    @Test
    void x86_64Allyesconfig() throws Exception {
        compare("x86_64", "allyesconfig", List.of("--allyesconfig"),
                m -> ConfigModes.setAllNewSymbols(m, ConfigModes.NewSymbols.YES));
    }

    @Test
    void x86_64Allmodconfig() throws Exception {
        compare("x86_64", "allmodconfig", List.of("--allmodconfig"),
                m -> ConfigModes.setAllNewSymbols(m, ConfigModes.NewSymbols.MOD));
    }
}
