package org.kconfigexplorer.kconfig.conf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kconfigexplorer.kconfig.config.AtomicFiles;
import org.kconfigexplorer.kconfig.config.ConfigModes;
import org.kconfigexplorer.kconfig.config.ConfigReader;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.explain.UnmetDependencyReport;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.model.CNumbers;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.parse.ParseResult;

/**
 * Runs one conf mode the way scripts/kconfig/conf's main() does: parse the tree, read the
 * input configuration the mode calls for (.config, a defconfig file, KCONFIG_ALLCONFIG), apply
 * the mode, and write .config (or the minimal defconfig, or the list of new symbols).
 * Files are written atomically and the previous .config is kept as .config.old.
 */
public final class ConfRunner {

    /**
     * @param workDir     the build output directory (conf's working directory)
     * @param srctree     the kernel source tree
     * @param environment what the Makefile exports (srctree, ARCH, ..., KCONFIG_CONFIG, KCONFIG_ALLCONFIG)
     * @param file        the defconfig file to read (DEFCONFIG) or write (SAVEDEFCONFIG); may be null otherwise
     */
    public record Request(ConfMode mode, Path workDir, Path srctree, Map<String, String> environment,
                          MacroShell shell, String file) { }

    /** Exit code as conf's, what it would print, problems found, and the output text. */
    public record Outcome(int exitCode, String stdout, List<Diagnostic> diagnostics, String output, Path outputFile,
                          KconfigModel model) { }

    private final Request request;
    private final StringBuilder stdout = new StringBuilder();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ConfRunner(Request request) {
        this.request = request;
    }

    public static Outcome run(Request request) throws IOException {
        return new ConfRunner(request).execute();
    }

    /** Parses the tree only (the same way run() does). */
    public static ParseResult parse(Path srctree, Map<String, String> environment, MacroShell shell) {
        return KconfigParser.parse(new DirectorySourceTree(srctree), "Kconfig", environment, shell);
    }

    private Outcome execute() throws IOException {
        long seed = 0;
        if (request.mode() == ConfMode.RANDCONFIG) {
            // conf picks the seed while reading its options, before parsing.
            seed = randconfigSeed(request.environment().get("KCONFIG_SEED"));
            stdout.append("KCONFIG_SEED=0x" + Long.toHexString(seed).toUpperCase(java.util.Locale.ROOT) + "\n");
        }
        ParseResult parsed = parse(request.srctree(), request.environment(), request.shell());
        diagnostics.addAll(parsed.diagnostics());
        for (var m : parsed.messages()) {
            if (!m.warning()) {
                stdout.append(m.text()).append('\n');
            } else {
                diagnostics.add(Diagnostic.warning(m.file(), m.line(), 0, m.text()));
            }
        }
        KconfigModel model = parsed.model();
        if (parsed.hasErrors()) {
            return outcome(1, null, null, model);
        }
        ConfMode mode = request.mode();
        String configName = request.environment().getOrDefault("KCONFIG_CONFIG", ".config");
        switch (mode) {
            case DEFCONFIG: {
                Optional<String> text = readInput(request.file());
                if (text.isEmpty()) {
                    diagnostics.add(Diagnostic.error(request.file(), 0, 0,
                            "Can't find default configuration \"" + request.file() + "\"!"));
                    return outcome(1, null, null, model);
                }
                diagnostics.addAll(ConfigReader.read(model, text.get(), request.file(), warnUnknown()));
                ConfigModes.setAllNewSymbols(model, ConfigModes.NewSymbols.DEFAULT);
                break;
            }
            case OLDDEFCONFIG:
            case SAVEDEFCONFIG:
            case LISTNEWCONFIG:
                readOldConfig(model, configName);
                break;
            case RANDCONFIG: {
                if (!readAllConfig(model, mode)) {
                    return outcome(1, null, null, model);
                }
                ConfigModes.Probabilities probabilities;
                try {
                    probabilities = ConfigModes.Probabilities.parse(request.environment().get("KCONFIG_PROBABILITY"));
                } catch (IllegalArgumentException e) {
                    diagnostics.add(Diagnostic.error(null, 0, 0, e.getMessage()));
                    return outcome(1, null, null, model);
                }
                ConfigModes.randomize(model, seed, probabilities);
                break;
            }
            default:
                if (!readAllConfig(model, mode)) {
                    return outcome(1, null, null, model);
                }
                ConfigModes.setAllNewSymbols(model, newSymbols(mode));
                break;
        }
        for (String warning : UnmetDependencyReport.warnings(model)) {
            diagnostics.add(Diagnostic.warning(null, 0, 0, warning));
        }
        if (!model.unmetDependencies().isEmpty() && request.environment().containsKey("KCONFIG_WERROR")) {
            return outcome(1, null, null, model);
        }
        if (mode == ConfMode.LISTNEWCONFIG) {
            StringBuilder list = new StringBuilder();
            listNew(model, model.root(), list);
            stdout.append(list);
            return outcome(0, list.toString(), null, model);
        }
        if (mode == ConfMode.SAVEDEFCONFIG) {
            String text = ConfigModes.savedefconfig(model);
            Path target = request.workDir().resolve(request.file() == null ? "defconfig" : request.file());
            AtomicFiles.write(target, text);
            return outcome(0, text, target, model);
        }
        String text = ConfigWriter.write(model);
        Path target = request.workDir().resolve(configName);
        AtomicFiles.write(target, text);
        stdout.append("#\n# configuration written to ").append(configName).append("\n#\n");
        return outcome(0, text, target, model);
    }

    /** conf warns about .config lines for undefined symbols only when KCONFIG_WARN_UNKNOWN_SYMBOLS is set. */
    private boolean warnUnknown() {
        return request.environment().containsKey("KCONFIG_WARN_UNKNOWN_SYMBOLS");
    }

    private Outcome outcome(int code, String output, Path file, KconfigModel model) {
        return new Outcome(code, stdout.toString(), List.copyOf(diagnostics), output, file, model);
    }

    private static ConfigModes.NewSymbols newSymbols(ConfMode mode) {
        switch (mode) {
            case ALLNOCONFIG: return ConfigModes.NewSymbols.NO;
            case ALLYESCONFIG: return ConfigModes.NewSymbols.YES;
            case ALLMODCONFIG: return ConfigModes.NewSymbols.MOD;
            default: return ConfigModes.NewSymbols.DEFAULT;
        }
    }

    /**
     * conf's set_randconfig_seed: KCONFIG_SEED when it is entirely one C integer (decimal,
     * 0x hex or 0 octal, as strtol base 0 reads it), else a seed from the current time; as a
     * C unsigned int.
     */
    static long randconfigSeed(String env) {
        if (env != null && !env.isEmpty()
                && env.matches("[ \\t\\n\\r\\f\\x0B]*[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)")) {
            return CNumbers.strtoll(env, 0) & 0xFFFFFFFFL;
        }
        java.time.Instant now = java.time.Instant.now();
        long micros = now.getNano() / 1000;
        long seconds = now.getEpochSecond();
        return ((seconds + 1) * (micros + 1)) & 0xFFFFFFFFL;
    }

    /** zconf_fopen: the name as given (relative to the work directory), then under srctree. */
    private Optional<String> readInput(String name) throws IOException {
        if (name == null) {
            return Optional.empty();
        }
        Path p = request.workDir().resolve(name);
        if (!Files.isRegularFile(p) && !Path.of(name).isAbsolute()) {
            p = request.srctree().resolve(name);
        }
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        return Optional.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    }

    /** conf_read(NULL): .config, else the first existing file of KCONFIG_DEFCONFIG_LIST. */
    private void readOldConfig(KconfigModel model, String configName) throws IOException {
        Optional<String> text = readInput(configName);
        String used = configName;
        if (text.isEmpty()) {
            String list = request.environment().getOrDefault("KCONFIG_DEFCONFIG_LIST", "");
            for (String candidate : list.trim().split("\\s+")) {
                if (candidate.isEmpty()) {
                    continue;
                }
                text = readInput(candidate);
                if (text.isPresent()) {
                    used = candidate;
                    stdout.append("#\n# using defaults found in ").append(candidate).append("\n#\n");
                    break;
                }
            }
        }
        if (text.isPresent()) {
            diagnostics.addAll(ConfigReader.read(model, text.get(), used, warnUnknown()));
        }
    }

    /** KCONFIG_ALLCONFIG: a file, or "1"/"" for allno.config (etc.) then all.config. */
    private boolean readAllConfig(KconfigModel model, ConfMode mode) throws IOException {
        String name = request.environment().get("KCONFIG_ALLCONFIG");
        if (name == null) {
            return true;
        }
        if (!name.isEmpty() && !name.equals("1")) {
            Optional<String> text = readInput(name);
            if (text.isEmpty()) {
                diagnostics.add(Diagnostic.error(name, 0, 0, "Can't read seed configuration \"" + name + "\"!"));
                return false;
            }
            diagnostics.addAll(ConfigReader.read(model, text.get(), name, warnUnknown()));
            return true;
        }
        for (String candidate : new String[] {mode.allConfigName(), "all.config"}) {
            Optional<String> text = readInput(candidate);
            if (text.isPresent()) {
                diagnostics.addAll(ConfigReader.read(model, text.get(), candidate, warnUnknown()));
                return true;
            }
        }
        diagnostics.add(Diagnostic.error(null, 0, 0, "KCONFIG_ALLCONFIG set, but no \"" + mode.allConfigName()
                + "\" or \"all.config\" file found"));
        return false;
    }

    /** check_conf for listnewconfig: visible, changeable symbols without a user value. */
    private void listNew(KconfigModel model, MenuNode node, StringBuilder out) {
        if (node != model.root() && !model.isVisible(node)) {
            return;
        }
        Symbol sym = node.symbol();
        if (sym != null && !sym.hasUserValue() && sym.isChangeable()) {
            String value = sym.stringValue();
            if (sym.type() == org.kconfigexplorer.kconfig.model.SymbolType.STRING) {
                value = ConfigWriter.escape(value);
            }
            out.append("CONFIG_").append(sym.name()).append('=').append(value).append('\n');
        }
        for (MenuNode child : node.children()) {
            listNew(model, child, out);
        }
    }
}
