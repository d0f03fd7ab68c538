package org.kconfigexplorer.kconfig.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kconfigexplorer.kconfig.conf.ConfMode;
import org.kconfigexplorer.kconfig.conf.ConfRunner;
import org.kconfigexplorer.kconfig.macro.HostShell;

/**
 * Differential conformance against the kernel's own conf on the real Linux 6.12 tree, through
 * {@link ConfRunner} (the code the CLI runs): for each arch and mode, our .config (or
 * savedefconfig output) must equal conf's byte for byte. olddefconfig starts from configs that
 * conf's randconfig produced with fixed seeds.
 */
class ConformanceTest {

    private static final List<String> ARCHES = List.of("x86_64", "arm64", "riscv");
    private static final Map<String, String> DEFCONFIGS = Map.of(
            "x86_64", "arch/x86/configs/x86_64_defconfig",
            "arm64", "arch/arm64/configs/defconfig",
            "riscv", "arch/riscv/configs/defconfig");
    private static final List<Integer> SEEDS = List.of(1, 2, 3);

    private static KernelOracle oracle;
    private static final AtomicInteger identical = new AtomicInteger();
    private static final List<String> different = new ArrayList<>();

    @TempDir
    Path work;

    @BeforeAll
    static void oracle() {
        oracle = KernelOracle.require();
    }

    @AfterAll
    static void report() {
        if (oracle != null) {
            System.out.printf("conformance summary: %d cases, %d arches, %d identical, %d different %s%n",
                    identical.get() + different.size(), ARCHES.size(), identical.get(), different.size(), different);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String arch : ARCHES) {
            cases.add(Arguments.of(arch, "defconfig", 0));
            for (String mode : List.of("allnoconfig", "allyesconfig", "allmodconfig", "alldefconfig", "savedefconfig")) {
                cases.add(Arguments.of(arch, mode, 0));
            }
            for (int seed : SEEDS) {
                cases.add(Arguments.of(arch, "olddefconfig", seed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("cases")
    void sameOutputAsConf(String arch, String mode, int seed) throws Exception {
        Path confDir = work.resolve("conf");
        Path oursDir = work.resolve("ours");
        Files.createDirectories(oursDir);
        String start = startConfig(arch, mode, seed);
        List<String> args = new ArrayList<>();
        String file = null;
        switch (mode) {
            case "defconfig":
                file = DEFCONFIGS.get(arch);
                args.add("--defconfig=" + file);
                break;
            case "savedefconfig":
                file = "defconfig";
                args.add("--savedefconfig=defconfig");
                break;
            default:
                args.add("--" + mode);
        }
        KernelOracle.Result expected = oracle.runConf(confDir, arch, args, start, Map.of());
        String expectedText = mode.equals("savedefconfig")
                ? Files.readString(confDir.resolve("defconfig")) : expected.config();

        if (start != null) {
            Files.writeString(oursDir.resolve(".config"), start);
        }
        Map<String, String> env = new LinkedHashMap<>(oracle.environment(arch));
        ConfRunner.Outcome outcome = ConfRunner.run(new ConfRunner.Request(ConfMode.valueOf(mode.toUpperCase()),
                oursDir, oracle.srctree(), env, new HostShell(oursDir, env), file));
        assertThat(outcome.exitCode()).isZero();
        String actual = Files.readString(outcome.outputFile());
        boolean same = actual.equals(expectedText);
        System.out.printf("conformance %s %s%s: %s%n", arch, mode, seed > 0 ? " seed " + seed : "",
                same ? "identical" : "DIFFERENT");
        if (same) {
            identical.incrementAndGet();
        } else {
            synchronized (different) {
                different.add(arch + " " + mode + (seed > 0 ? " " + seed : ""));
            }
        }
        assertThat(actual).isEqualTo(expectedText);
    }

    /** The .config a case starts from: defconfig for savedefconfig, conf's randconfig for olddefconfig. */
    private String startConfig(String arch, String mode, int seed) throws Exception {
        if (mode.equals("savedefconfig")) {
            return oracle.runConf(work.resolve("start"), arch, List.of("--defconfig=" + DEFCONFIGS.get(arch)), null,
                    Map.of()).config();
        }
        if (mode.equals("olddefconfig")) {
            return oracle.runConf(work.resolve("start"), arch, List.of("--randconfig"), null,
                    Map.of("KCONFIG_SEED", "0x" + Integer.toHexString(seed))).config();
        }
        return null;
    }
}
