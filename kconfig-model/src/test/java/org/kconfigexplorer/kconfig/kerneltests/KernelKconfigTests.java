package org.kconfigexplorer.kconfig.kerneltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.kconfigexplorer.kconfig.oracle.KernelOracle;

/**
 * The kernel's own Kconfig unit tests (Linux 6.12, scripts/kconfig/tests/, pytest), re-expressed
 * with our implementation in place of scripts/kconfig/conf: one nested class per test case
 * folder, one test method per pytest test function, each running the same mode on the case's
 * Kconfig (srctree = the case folder) and checking the same expected file the same way
 * (contains / matches). The Kconfig inputs and expected outputs are GPL-2.0 kernel files: they
 * are read from the unpacked linux-source package at test time, never copied into this project.
 *
 * <p>See {@link ConfHarness} for how modes run and how conf's stdout/stderr are rendered, and
 * {@link ConfConversation} for the oldaskconfig/oldconfig dialogue. The suite prints
 * "kernel kconfig tests: N cases, N passed" at the end; N counts pytest test functions (16 in
 * 6.12, in 12 case folders).
 *
 * <p>Skipped when the kernel tree is unavailable, except on CI (CI=true), where that fails.
 */
@ExtendWith(KernelKconfigTests.Tally.class)
class KernelKconfigTests {

    /** The case folders this class re-expresses, relative to scripts/kconfig/tests. */
    static final List<String> CASES = List.of("auto_submenu", "choice", "choice_randomize", "choice_randomize2",
            "err_recursive_dep", "err_recursive_inc", "new_choice_with_dep", "no_write_if_dep_unmet",
            "preprocess/builtin_func", "preprocess/circular_expansion", "preprocess/escape", "preprocess/variable");

    private static Path testsDir;
    private static final AtomicInteger run = new AtomicInteger();
    private static final AtomicInteger passed = new AtomicInteger();
    private static final List<String> failed = new ArrayList<>();

    @BeforeAll
    static void kernelTree() {
        testsDir = kernelTestsDir();
    }

    /** scripts/kconfig/tests of the kernel tree; skips (fails on CI) when there is none. */
    static Path kernelTestsDir() {
        KernelOracle oracle = KernelOracle.require();
        Path dir = oracle.srctree().resolve("scripts/kconfig/tests");
        if (!Files.isDirectory(dir) && KernelOracle.required()) {
            fail("no scripts/kconfig/tests in " + oracle.srctree());
        }
        assumeTrue(Files.isDirectory(dir), "no scripts/kconfig/tests in the kernel tree");
        return dir;
    }

    @AfterAll
    static void summary() {
        if (testsDir != null) {
            System.out.printf("kernel kconfig tests: %d cases, %d passed%s%n", run.get(), passed.get(),
                    failed.isEmpty() ? "" : ", failed: " + failed);
        }
    }

    /** Counts the pytest-equivalent tests (the nested classes' methods) for the summary line. */
    static final class Tally implements TestWatcher {

        private static boolean counted(ExtensionContext context) {
            return context.getRequiredTestClass().getEnclosingClass() == KernelKconfigTests.class;
        }

        private static String name(ExtensionContext context) {
            return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            if (counted(context)) {
                run.incrementAndGet();
                passed.incrementAndGet();
            }
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (counted(context)) {
                run.incrementAndGet();
                synchronized (failed) {
                    failed.add(name(context));
                }
            }
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            testFailed(context, cause);
        }

        @Override
        public void testDisabled(ExtensionContext context, Optional<String> reason) {
            testFailed(context, null);
        }
    }

    static ConfHarness conf(String caseName) {
        return new ConfHarness(testsDir.resolve(caseName));
    }

    /** Every case folder of the kernel's suite is re-expressed here (a newer kernel may add some). */
    @Test
    void everyKernelCaseIsCovered() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(testsDir)) {
            walk.filter(p -> p.getFileName().toString().equals("__init__.py"))
                    .forEach(p -> found.add(testsDir.relativize(p.getParent()).toString()));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(CASES);
    }

    // ------------------------------------------------------------------------------------

    /** auto_submenu: symbols depending on the preceding one become its submenu (deeper indentation). */
    @Nested
    @DisplayName("auto_submenu")
    class AutoSubmenu {
        @Test
        void test() {
            ConfHarness conf = conf("auto_submenu");
            assertThat(conf.oldaskconfig()).as(conf.log()).isZero();
            assertThat(conf.stdoutContains("expected_stdout")).as(conf.log()).isTrue();
        }
    }

    /** choice: basic choice tests. */
    @Nested
    @DisplayName("choice")
    class ChoiceCase {
        private final ConfHarness conf = conf("choice");

        @Test
        void testOldask0() {
            assertThat(conf.oldaskconfig()).as(conf.log()).isZero();
            assertThat(conf.stdoutContains("oldask0_expected_stdout")).as(conf.log()).isTrue();
        }

        @Test
        void testAllyes() {
            assertThat(conf.allyesconfig(null)).as(conf.log()).isZero();
            assertThat(conf.configContains("allyes_expected_config")).as(conf.log()).isTrue();
        }

        @Test
        void testAllmod() {
            assertThat(conf.allmodconfig(null)).as(conf.log()).isZero();
            assertThat(conf.configContains("allmod_expected_config")).as(conf.log()).isTrue();
        }

        @Test
        void testAllno() {
            assertThat(conf.allnoconfig(null)).as(conf.log()).isZero();
            assertThat(conf.configContains("allno_expected_config")).as(conf.log()).isTrue();
        }

        @Test
        void testAlldef() {
            assertThat(conf.alldefconfig(null)).as(conf.log()).isZero();
            assertThat(conf.configContains("alldef_expected_config")).as(conf.log()).isTrue();
        }
    }

    /**
     * choice_randomize: the visibility of one choice depends on a member of another; randconfig
     * must be able to produce every pattern. As in pytest, seeds 0..99 are tried until all three
     * expected configs were seen, and every result must be one of them.
     */
    @Nested
    @DisplayName("choice_randomize")
    class ChoiceRandomize {
        @Test
        void test() {
            ConfHarness conf = conf("choice_randomize");
            boolean[] seen = new boolean[3];
            for (int i = 0; i < 100; i++) {
                assertThat(conf.randconfig(null, i)).as(conf.log()).isZero();
                int which = matchingExpectedConfig(conf);
                assertThat(which).as("seed %d gave an unexpected config:%n%s", i, conf.log()).isNotNegative();
                seen[which] = true;
                if (seen[0] && seen[1] && seen[2]) {
                    break;
                }
            }
            assertThat(seen).as("expected_config0..2 all produced").containsOnly(true);
        }
    }

    /**
     * choice_randomize2: shuffling a choice must not break other dependencies (symbol values are
     * recalculated); seeds 0..19 must each give one of the expected configs.
     */
    @Nested
    @DisplayName("choice_randomize2")
    class ChoiceRandomize2 {
        @Test
        void test() {
            ConfHarness conf = conf("choice_randomize2");
            for (int i = 0; i < 20; i++) {
                assertThat(conf.randconfig(null, i)).as(conf.log()).isZero();
                assertThat(matchingExpectedConfig(conf)).as("seed %d:%n%s", i, conf.log()).isNotNegative();
            }
        }
    }

    /** Which of expected_config0..2 the config matches, or -1. */
    static int matchingExpectedConfig(ConfHarness conf) {
        for (int i = 0; i < 3; i++) {
            if (conf.configMatches("expected_config" + i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * err_recursive_dep: recursive dependencies are errors. Our DependencyLoopChecker's
     * diagnostics, printed the way conf's sym_check_print_recursive prints (see
     * {@link ConfHarness#confStderr}), must contain conf's expected stderr.
     */
    @Nested
    @DisplayName("err_recursive_dep")
    class ErrRecursiveDep {
        @Test
        void test() {
            ConfHarness conf = conf("err_recursive_dep");
            assertThat(conf.oldaskconfig()).as(conf.log()).isEqualTo(1);
            assertThat(conf.stderrContains("expected_stderr")).as(conf.log()).isTrue();
        }
    }

    /** err_recursive_inc: recursive inclusion fails with the inclusion path. */
    @Nested
    @DisplayName("err_recursive_inc")
    class ErrRecursiveInc {
        @Test
        void test() {
            ConfHarness conf = conf("err_recursive_inc");
            assertThat(conf.oldaskconfig()).as(conf.log()).isNotZero();
            assertThat(conf.stderrContains("expected_stderr")).as(conf.log()).isTrue();
        }
    }

    /** new_choice_with_dep: new choice values that become visible are asked as (NEW) by oldconfig. */
    @Nested
    @DisplayName("new_choice_with_dep")
    class NewChoiceWithDep {
        @Test
        void test() {
            ConfHarness conf = conf("new_choice_with_dep");
            assertThat(conf.oldconfig("config", "y")).as(conf.log()).isZero();
            assertThat(conf.stdoutContains("expected_stdout")).as(conf.log()).isTrue();
        }
    }

    /** no_write_if_dep_unmet: no "# CONFIG_... is not set" for choice values whose dependency is unmet. */
    @Nested
    @DisplayName("no_write_if_dep_unmet")
    class NoWriteIfDepUnmet {
        @Test
        void test() {
            ConfHarness conf = conf("no_write_if_dep_unmet");
            assertThat(conf.oldaskconfig("config", "n")).as(conf.log()).isZero();
            assertThat(conf.configMatches("expected_config")).as(conf.log()).isTrue();
        }
    }

    /** preprocess/builtin_func: info, warning-if, error-if, shell, filename, lineno. */
    @Nested
    @DisplayName("preprocess/builtin_func")
    class PreprocessBuiltinFunc {
        @Test
        void test() {
            ConfHarness conf = conf("preprocess/builtin_func");
            assertThat(conf.oldaskconfig()).as(conf.log()).isZero();
            assertThat(conf.stdoutContains("expected_stdout")).as(conf.log()).isTrue();
            assertThat(conf.stderr).isEqualTo(conf.expected("expected_stderr"));
        }
    }

    /** preprocess/circular_expansion: a recursive variable referencing itself is an error. */
    @Nested
    @DisplayName("preprocess/circular_expansion")
    class PreprocessCircularExpansion {
        @Test
        void test() {
            ConfHarness conf = conf("preprocess/circular_expansion");
            assertThat(conf.oldaskconfig()).as(conf.log()).isNotZero();
            assertThat(conf.stderr).isEqualTo(conf.expected("expected_stderr"));
        }
    }

    /** preprocess/escape: escape sequences. */
    @Nested
    @DisplayName("preprocess/escape")
    class PreprocessEscape {
        @Test
        void test() {
            ConfHarness conf = conf("preprocess/escape");
            assertThat(conf.oldaskconfig()).as(conf.log()).isZero();
            assertThat(conf.stderr).isEqualTo(conf.expected("expected_stderr"));
        }
    }

    /** preprocess/variable: variables and user-defined functions. */
    @Nested
    @DisplayName("preprocess/variable")
    class PreprocessVariable {
        @Test
        void test() {
            ConfHarness conf = conf("preprocess/variable");
            assertThat(conf.oldaskconfig()).as(conf.log()).isZero();
            assertThat(conf.stderr).isEqualTo(conf.expected("expected_stderr"));
        }
    }
}
