package org.kconfigexplorer.kconfig.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.conf.ConfRunner;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.macro.CachingShell;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.UserValues;
import org.kconfigexplorer.kconfig.oracle.KernelOracle;

/**
 * Fix suggestions re-checked by the kernel's own conf: for a seeded sample of options of the
 * x86_64 defconfig (host toolchain), each request flips the option's value; every suggestion is
 * applied, the resulting .config is run through the real {@code conf --olddefconfig}, and the
 * requested value must survive.
 */
class FixOracleTest {

    private static final long SEED = 20250611L;
    private static final int SAMPLE = 50;

    @TempDir
    Path work;

    @Test
    void everySuggestionSurvivesConfOlddefconfig() throws Exception {
        KernelOracle oracle = KernelOracle.get();
        if (oracle == null && KernelOracle.required()) {
            fail("kernel oracle unavailable in CI: " + KernelOracle.unavailableReason());
        }
        assumeTrue(oracle != null, () -> "kernel oracle unavailable: " + KernelOracle.unavailableReason());
        Map<String, String> env = oracle.environment("x86_64");
        KconfigModel model = ConfRunner.parse(oracle.srctree(), env, new CachingShell(new HostShell(work, env))).model();
        String defconfig = oracle.runConf(work.resolve("defconfig"), "x86_64",
                List.of("--defconfig=arch/x86/configs/x86_64_defconfig"), null, Map.of()).config();
        ConfigReader.read(model, defconfig, ".config");

        List<Symbol> pool = new ArrayList<>();
        for (Symbol s : model.definedSymbols()) {
            if (s.type().isTristateLike() && !s.prompts().isEmpty()) {
                pool.add(s);
            }
        }
        Collections.shuffle(pool, new Random(SEED));
        FixFinder finder = new FixFinder(model, null);
        FixFinder.Options options = new FixFinder.Options(1, 16, 6000, 10_000);
        Map<String, Integer> unreachable = new TreeMap<>();
        List<String> unreachableExamples = new ArrayList<>();
        int withSuggestions = 0;
        List<Future<String>> checks = new ArrayList<>();
        ExecutorService pool2 = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        try {
            for (Symbol sym : pool.subList(0, SAMPLE)) {
                String want = sym.tristateValue().isOn() ? "n" : "y";
                FixResult r = finder.find(new FixRequest(sym.name(), want), options);
                if (r.status() == FixResult.Status.UNREACHABLE) {
                    String why = r.reason().replaceAll(";.*", "").replaceAll(" gives \\S+", "");
                    unreachable.merge(why, 1, Integer::sum);
                    if (unreachableExamples.size() < 5) {
                        String blocking = String.valueOf(r.blocking());
                        unreachableExamples.add(sym.name() + "=" + want + ": "
                                + (blocking.length() > 120 ? blocking.substring(0, 120) + "..." : blocking));
                    }
                    continue;
                }
                withSuggestions++;
                for (FixSuggestion s : r.suggestions()) {
                    String config = applied(model, s);
                    Path dir = work.resolve("check-" + checks.size());
                    checks.add(pool2.submit(() -> {
                        String out = oracle.runConf(dir, "x86_64", List.of("--olddefconfig"), config, Map.of()).config();
                        String got = valueIn(out, sym.name());
                        return got.equals(want) ? null : sym.name() + "=" + want + " via " + s.changes() + " gave " + got;
                    }));
                }
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> f : checks) {
                String failure = f.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            System.out.printf("fix oracle: %d sampled (seed %d), %d with suggestions, %d unreachable %s, "
                            + "%d suggestions re-checked by conf --olddefconfig, %d failed; %.1f s%n  e.g. %s%n",
                    SAMPLE, SEED, withSuggestions, SAMPLE - withSuggestions, unreachable, checks.size(),
                    failures.size(), (System.nanoTime() - start) / 1e9, unreachableExamples);
            assertThat(failures).isEmpty();
            assertThat(withSuggestions).isGreaterThan(SAMPLE / 2);
        } finally {
            pool2.shutdownNow();
        }
    }

    /** The .config conf would get after the suggestion's settings; the model is restored. */
    private static String applied(KconfigModel model, FixSuggestion s) {
        UserValues saved = model.saveUserValues();
        try {
            List<KconfigModel.Assignment> list = new ArrayList<>();
            for (SymbolChange c : s.changes()) {
                list.add(new KconfigModel.Assignment(model.symbol(c.symbol()), c.to()));
            }
            model.addUserValues(list);
            return ConfigWriter.write(model);
        } finally {
            model.restoreUserValues(saved);
        }
    }

    private static String valueIn(String config, String name) {
        for (String line : config.split("\n")) {
            if (line.startsWith("CONFIG_" + name + "=")) {
                return line.substring(name.length() + 8);
            }
        }
        return "n";
    }
}
