package org.kconfigexplorer.kconfig.kerneltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kconfigexplorer.kconfig.conf.ConfMode;
import org.kconfigexplorer.kconfig.conf.ConfRunner;
import org.kconfigexplorer.kconfig.config.ConfigModes;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.oracle.KernelOracle;

/**
 * Beyond what the kernel's pytest cases check: our randconfig draws its random numbers the way
 * glibc's rand() does ({@link ConfigModes.CRandom}) in conf's order, so for the same KCONFIG_SEED
 * it must write the very .config conf writes. Checked on the kernel's choice_randomize cases and
 * on the x86_64 tree (also with KCONFIG_PROBABILITY and KCONFIG_ALLCONFIG).
 */
class RandconfigVsConfTest {

    private static KernelOracle oracle;
    private static Path testsDir;

    @TempDir
    Path work;

    /** The oracle for the differential tests (the unit checks above them need none). */
    static void requireOracle() {
        oracle = KernelOracle.require();
        // Skips (fails on CI) when the tree has no scripts/kconfig/tests, i.e. is no kernel tree.
        testsDir = KernelKconfigTests.kernelTestsDir();
    }

    /** Known values of glibc's srand(1); rand() (the first numbers every C programmer has seen). */
    @Test
    void glibcSequence() {
        ConfigModes.CRandom r = new ConfigModes.CRandom(1);
        assertThat(new int[] {r.next(), r.next(), r.next()}).containsExactly(1804289383, 846930886, 1681692777);
    }

    @Test
    void probabilityParsing() {
        assertThat(ConfigModes.Probabilities.parse(null)).isEqualTo(new ConfigModes.Probabilities(50, 33, 33));
        assertThat(ConfigModes.Probabilities.parse("40")).isEqualTo(new ConfigModes.Probabilities(40, 20, 20));
        assertThat(ConfigModes.Probabilities.parse("25:50")).isEqualTo(new ConfigModes.Probabilities(75, 25, 50));
        assertThat(ConfigModes.Probabilities.parse("10:20:30")).isEqualTo(new ConfigModes.Probabilities(10, 20, 30));
        assertThat(ConfigModes.Probabilities.parse("abc")).isEqualTo(new ConfigModes.Probabilities(0, 0, 0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigModes.Probabilities.parse("101"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigModes.Probabilities.parse("60:50"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> smallCases() {
        return Stream.of("choice_randomize", "choice_randomize2")
                .flatMap(c -> IntStream.range(0, 20).mapToObj(seed -> Arguments.of(c, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("smallCases")
    void sameAsConfOnKernelCases(String caseName, int seed) throws Exception {
        requireOracle();
        Path caseDir = testsDir.resolve(caseName);
        Map<String, String> extra = Map.of("srctree", caseDir.toString(), "KCONFIG_DEFCONFIG_LIST", "",
                "KCONFIG_SEED", "0x" + Integer.toHexString(seed));
        String expected = oracle.runConf(work.resolve("conf"), "x86_64", List.of("--randconfig"), null, extra).config();
        ConfHarness ours = new ConfHarness(caseDir);
        assertThat(ours.randconfig(null, seed)).isZero();
        assertThat(ours.config).isEqualTo(expected);
    }

    static Stream<Arguments> treeCases() {
        return Stream.of(
                Arguments.of("1", null, false),
                Arguments.of("0x2a", null, false),
                Arguments.of("7", "10:30:60", false),
                Arguments.of("3", null, true));
    }

    @ParameterizedTest(name = "x86_64 seed {0} probability {1} allconfig {2}")
    @MethodSource("treeCases")
    void sameAsConfOnX86Tree(String seed, String probability, boolean allConfig) throws Exception {
        requireOracle();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("KCONFIG_SEED", seed);
        if (probability != null) {
            extra.put("KCONFIG_PROBABILITY", probability);
        }
        if (allConfig) {
            // A fragment that fixes a few symbols and choices (what KCONFIG_ALLCONFIG is for).
            Path fragment = work.resolve("fragment.config");
            Files.writeString(fragment, "CONFIG_64BIT=y\nCONFIG_MODULES=y\nCONFIG_SMP=y\n"
                    + "CONFIG_KERNEL_XZ=y\n# CONFIG_KERNEL_GZIP is not set\nCONFIG_HZ_1000=y\n");
            extra.put("KCONFIG_ALLCONFIG", fragment.toString());
        }
        KernelOracle.Result expected = oracle.runConf(work.resolve("conf"), "x86_64", List.of("--randconfig"), null,
                extra);
        Path oursDir = work.resolve("ours");
        Files.createDirectories(oursDir);
        Map<String, String> env = new LinkedHashMap<>(oracle.environment("x86_64"));
        env.putAll(extra);
        ConfRunner.Outcome outcome = ConfRunner.run(new ConfRunner.Request(ConfMode.RANDCONFIG, oursDir,
                oracle.srctree(), env, new HostShell(oursDir, env), null));
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.stdout()).startsWith(expected.output().lines().filter(l -> l.startsWith("KCONFIG_SEED="))
                .findFirst().orElseThrow() + "\n");
        String actual = Files.readString(outcome.outputFile());
        boolean same = actual.equals(expected.config());
        System.out.printf("randconfig x86_64 seed %s%s%s: %s%n", seed,
                probability == null ? "" : " KCONFIG_PROBABILITY=" + probability, allConfig ? " with KCONFIG_ALLCONFIG" : "",
                same ? "identical to conf" : "DIFFERENT");
        assertThat(actual).isEqualTo(expected.config());
    }
}
