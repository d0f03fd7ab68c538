package org.kconfigexplorer.kconfig.kerneltests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.kconfigexplorer.kconfig.conf.ConfMode;
import org.kconfigexplorer.kconfig.conf.ConfRunner;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.macro.Preprocessor;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.parse.ParseResult;

/**
 * Our counterpart of the kernel's scripts/kconfig/tests/conftest.py {@code Conf} fixture: runs
 * a conf mode with our implementation instead of scripts/kconfig/conf, on one test case folder
 * of the unpacked kernel tree, and keeps the exit code, stdout, stderr and the resulting .config
 * for the same checks (contains / matches an expected file of that folder).
 *
 * <p>As conftest does, every run happens in a fresh temporary directory with {@code srctree}
 * set to the case folder and KCONFIG_DEFCONFIG_LIST empty; a given .config is copied there
 * first. $(shell,...) runs with /bin/sh in that directory, as conf's popen does.
 *
 * <p>The batch modes (all*config, randconfig, olddefconfig, defconfig) go through
 * {@link ConfRunner}, the code the CLI runs. oldaskconfig and oldconfig are interactive in conf;
 * they run here through {@link ConfConversation}, which replays conf's text-mode dialogue over
 * our model, answering with the given keys and then Enter, as conftest's feeding loop does.
 *
 * <p>stderr is rendered from our diagnostics in conf's wording (see {@link #confStderr}).
 */
final class ConfHarness {

    static final String RECURSIVE_DEPENDENCY_HINT = "For a resolution refer to Documentation/kbuild/kconfig-language.rst\n"
            + "subsection \"Kconfig recursive dependency limitations\"\n\n";

    private final Path testDir;

    int retcode;
    String stdout;
    String stderr;
    /** The written .config, or null when the run failed (as conftest leaves it None). */
    String config;

    ConfHarness(Path testDir) {
        this.testDir = testDir;
    }

    Path testDir() {
        return testDir;
    }

    // ---- runners ----

    int oldaskconfig(String dotConfig, String inKeys) {
        return converse(ConfConversation.Mode.OLDASKCONFIG, dotConfig, inKeys);
    }

    int oldaskconfig() {
        return oldaskconfig(null, null);
    }

    int oldconfig(String dotConfig, String inKeys) {
        return converse(ConfConversation.Mode.OLDCONFIG, dotConfig, inKeys);
    }

    int olddefconfig(String dotConfig) {
        return runBatch(ConfMode.OLDDEFCONFIG, dotConfig, null, Map.of());
    }

    int defconfig(String defconfig) {
        return runBatch(ConfMode.DEFCONFIG, null, testDir.resolve(defconfig).toString(), Map.of());
    }

    int allyesconfig(String allConfig) {
        return allconfig(ConfMode.ALLYESCONFIG, allConfig, Map.of());
    }

    int allmodconfig(String allConfig) {
        return allconfig(ConfMode.ALLMODCONFIG, allConfig, Map.of());
    }

    int allnoconfig(String allConfig) {
        return allconfig(ConfMode.ALLNOCONFIG, allConfig, Map.of());
    }

    int alldefconfig(String allConfig) {
        return allconfig(ConfMode.ALLDEFCONFIG, allConfig, Map.of());
    }

    /** conftest passes the seed as KCONFIG_SEED=hex(seed). */
    int randconfig(String allConfig, Integer seed) {
        Map<String, String> extra = seed == null ? Map.of() : Map.of("KCONFIG_SEED", "0x" + Integer.toHexString(seed));
        return allconfig(ConfMode.RANDCONFIG, allConfig, extra);
    }

    /** randconfig with any extra environment (KCONFIG_SEED, KCONFIG_PROBABILITY, ...). */
    int randconfig(String allConfig, Map<String, String> extraEnv) {
        return allconfig(ConfMode.RANDCONFIG, allConfig, extraEnv);
    }

    private int allconfig(ConfMode mode, String allConfig, Map<String, String> extraEnv) {
        Map<String, String> extra = new LinkedHashMap<>(extraEnv);
        if (allConfig != null) {
            extra.put("KCONFIG_ALLCONFIG", testDir.resolve(allConfig).toString());
        }
        return runBatch(mode, null, null, extra);
    }

    /** The environment conf gets from conftest: srctree = the case folder, no defconfig list. */
    Map<String, String> environment(Map<String, String> extraEnv) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", System.getProperty("user.home"));
        env.put("LC_ALL", "C");
        env.putAll(extraEnv);
        env.put("srctree", testDir.toString());
        env.put("KCONFIG_DEFCONFIG_LIST", "");
        return env;
    }

    private int runBatch(ConfMode mode, String dotConfig, String file, Map<String, String> extraEnv) {
        Path work = createWorkDir();
        try {
            copyDotConfig(dotConfig, work);
            Map<String, String> env = environment(extraEnv);
            ConfRunner.Outcome outcome = ConfRunner.run(new ConfRunner.Request(mode, work, testDir, env,
                    new HostShell(work, env), file));
            retcode = outcome.exitCode();
            stdout = outcome.stdout();
            // ConfRunner files macro warnings among the warning diagnostics ("FILE:LINE:warning: "
            // here, unlike conf); no kernel test checks stderr of a batch mode.
            stderr = confStderr(List.of(), outcome.diagnostics());
            Path out = work.resolve(".config");
            config = retcode == 0 && Files.isRegularFile(out) ? Files.readString(out, StandardCharsets.UTF_8) : null;
            return retcode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(work);
        }
    }

    private int converse(ConfConversation.Mode mode, String dotConfig, String inKeys) {
        Path work = createWorkDir();
        try {
            copyDotConfig(dotConfig, work);
            Map<String, String> env = environment(Map.of());
            ParseResult parsed = ConfRunner.parse(testDir, env, new HostShell(work, env));
            StringBuilder out = new StringBuilder();
            for (Preprocessor.Message m : parsed.messages()) {
                if (!m.warning()) {
                    out.append(m.text()).append('\n');
                }
            }
            stderr = confStderr(parsed.messages(), parsed.diagnostics());
            config = null;
            if (parsed.hasErrors()) {
                // conf_parse() exits 1 on syntax errors and on recursive dependencies.
                stdout = out.toString();
                retcode = 1;
                return retcode;
            }
            KconfigModel model = parsed.model();
            Path dot = work.resolve(".config");
            String old = Files.isRegularFile(dot) ? Files.readString(dot, StandardCharsets.UTF_8) : null;
            if (old != null) {
                // conf_read(NULL); KCONFIG_DEFCONFIG_LIST is empty, so there is no fallback.
                List<Diagnostic> warnings = ConfigReader.read(model, old, ".config");
                stderr += confStderr(List.of(), warnings);
            } else {
                model.changed();
            }
            ConfConversation conversation = new ConfConversation(model, inKeys == null ? "" : inKeys, out);
            conversation.run(mode);
            String written = ConfigWriter.write(model);
            if (written.equals(old)) {
                out.append("#\n# No change to .config\n#\n");
            } else {
                out.append("#\n# configuration written to .config\n#\n");
            }
            Files.writeString(dot, written, StandardCharsets.UTF_8);
            stdout = out.toString();
            config = written;
            retcode = 0;
            return retcode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * Our problems as conf prints them on stderr: macro warnings ($(warning-if,...)) and macro
     * errors as "FILE:LINE: text", recursive dependencies as sym_check_print_recursive's block
     * ("error: recursive dependency detected!", one "\tsymbol ..." line per edge, the pointer to
     * the documentation), recursive inclusion as the lexer's block, other errors as
     * "FILE:LINE: text" and other warnings as "FILE:LINE:warning: text".
     *
     * <p>conf prints as it goes; our messages and diagnostics are separate lists, so macro
     * messages come first here. No kernel test mixes the two.
     */
    static String confStderr(List<Preprocessor.Message> messages, List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Preprocessor.Message m : messages) {
            if (m.warning()) {
                sb.append(m.file()).append(':').append(m.line()).append(": ").append(m.text()).append('\n');
            }
        }
        for (Diagnostic d : diagnostics) {
            String msg = d.message();
            if (msg.startsWith("recursive dependency detected!")) {
                sb.append("error: ").append(msg).append('\n').append(RECURSIVE_DEPENDENCY_HINT);
            } else if (msg.startsWith("Recursive inclusion detected.")) {
                sb.append(msg).append('\n');
            } else {
                if (d.file() != null) {
                    sb.append(d.file());
                    if (d.line() > 0) {
                        sb.append(':').append(d.line());
                    }
                    sb.append(d.isError() ? ": " : ":warning: ");
                } else if (!d.isError()) {
                    sb.append("warning: ");
                }
                sb.append(msg).append('\n');
            }
        }
        return sb.toString();
    }

    // ---- checkers (conftest's _contains / _matches) ----

    private boolean readAndCompare(String actual, String expectedFile, BiPredicate<String, String> compare) {
        if (actual == null) {
            return false;
        }
        return compare.test(actual, expected(expectedFile));
    }

    /** The expected data, read from the kernel tree at test time. */
    String expected(String expectedFile) {
        try {
            return Files.readString(testDir.resolve(expectedFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean configContains(String expected) {
        return readAndCompare(config, expected, String::contains);
    }

    boolean configMatches(String expected) {
        return readAndCompare(config, expected, String::equals);
    }

    boolean stdoutContains(String expected) {
        return readAndCompare(stdout, expected, String::contains);
    }

    boolean stdoutMatches(String expected) {
        return readAndCompare(stdout, expected, String::equals);
    }

    boolean stderrContains(String expected) {
        return readAndCompare(stderr, expected, String::contains);
    }

    boolean stderrMatches(String expected) {
        return readAndCompare(stderr, expected, String::equals);
    }

    /** What conftest logs for a run, for assertion messages. */
    String log() {
        return "[retcode]\n" + retcode + "\n[stdout]\n" + stdout + "\n[stderr]\n" + stderr
                + (config == null ? "" : "\n[output for '.config']\n" + config);
    }

    // ---- files ----

    private void copyDotConfig(String dotConfig, Path work) throws IOException {
        if (dotConfig != null) {
            Files.copy(testDir.resolve(dotConfig), work.resolve(".config"));
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("kconfig-kernel-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
