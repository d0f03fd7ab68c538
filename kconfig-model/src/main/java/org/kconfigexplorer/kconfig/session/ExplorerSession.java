package org.kconfigexplorer.kconfig.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kconfigexplorer.kconfig.config.AtomicFiles;
import org.kconfigexplorer.kconfig.config.FragmentWriter;
import org.kconfigexplorer.kconfig.explain.Explainer;
import org.kconfigexplorer.kconfig.fix.FixFinder;
import org.kconfigexplorer.kconfig.fix.ModelLoader;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.parse.ClasspathSourceTree;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.parse.ParseResult;
import org.kconfigexplorer.kconfig.parse.SourceTree;
import org.kconfigexplorer.kconfig.toolchain.Assumption;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ProfileShell;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * A Kconfig tree opened with a toolchain profile: the loaded model, the problems found, and
 * what the profile answered. Changing the profile reloads the tree (macros are expanded at
 * parse time, as in conf) and carries the user's values over by symbol name.
 */
public final class ExplorerSession {

    /** Class-path folder of the embedded Rust model (copied from resources/kconfig). */
    public static final String EMBEDDED_FOLDER = "org/kconfigexplorer/resources/kconfig";
    /** What $(srctree) expands to for the embedded tree. */
    public static final String EMBEDDED_SRCTREE = "/embedded-kconfig";
    /** The kernel version the embedded tree models. */
    public static final String EMBEDDED_KERNEL_VERSION = "7.1.0";

    private final SourceTree tree;
    private final String kernelVersion;
    private final MinToolVersions minimums;
    /** For a kernel tree: ARCH as given to make; null for the embedded tree and plain directories. */
    private final String arch;
    private final List<Consumer<KconfigModel>> reloadListeners = new CopyOnWriteArrayList<>();
    private ToolchainProfile profile;
    private ProfileShell shell;
    private ParseResult result;

    private ExplorerSession(SourceTree tree, String kernelVersion, MinToolVersions minimums, ToolchainProfile profile) {
        this(tree, kernelVersion, minimums, null, profile);
    }

    private ExplorerSession(SourceTree tree, String kernelVersion, MinToolVersions minimums, String arch,
                            ToolchainProfile profile) {
        this.tree = tree;
        this.kernelVersion = kernelVersion;
        this.minimums = minimums;
        this.arch = arch;
        this.profile = profile;
        load();
    }

    /** The embedded Linux 7.1 Rust model with a toolchain profile. */
    public static ExplorerSession openEmbedded(ToolchainProfile profile) {
        return new ExplorerSession(new ClasspathSourceTree(EMBEDDED_FOLDER, EMBEDDED_SRCTREE),
                EMBEDDED_KERNEL_VERSION, MinToolVersions.LINUX_7_1, profile);
    }

    /**
     * A Kconfig tree in a directory (its top file "Kconfig"), with $(shell,...) answered by the
     * profile; nothing is run.
     */
    public static ExplorerSession openDirectory(Path dir, ToolchainProfile profile) {
        return new ExplorerSession(new DirectorySourceTree(dir), "", MinToolVersions.forTree(dir), profile);
    }

    /**
     * A real kernel source tree for {@code make ARCH=arch}, with the variables the Makefile
     * exports for the profile's toolchain and $(shell,...) answered by the profile (nothing is run).
     */
    public static ExplorerSession openKernelTree(Path srctree, String arch, ToolchainProfile profile) {
        return new ExplorerSession(new DirectorySourceTree(srctree), "", MinToolVersions.LINUX_6_12, arch, profile);
    }

    /** The same tree opened anew with another profile (no user values, no listeners). */
    public ExplorerSession withProfile(ToolchainProfile newProfile) {
        return new ExplorerSession(tree, kernelVersion, minimums, arch, newProfile);
    }

    /** The minimum tool versions the tree's scripts check. */
    public MinToolVersions minimums() {
        return minimums;
    }

    /** A fix finder for this session's model that may propose profile changes (re-parsing this tree). */
    public FixFinder fixFinder() {
        return new FixFinder(model(), new FixFinder.Toolchain(profile, provenance(), minimums, p -> {
            ExplorerSession other = withProfile(p);
            return new ModelLoader.Loaded(other.model(), other.provenance());
        }));
    }

    /** An explainer for this session's model (profile fields in words). */
    public Explainer explainer() {
        return new Explainer(model(), provenance(), profile);
    }

    private void load() {
        if (arch != null) {
            Path root = Path.of(tree.srctree());
            Map<String, String> env = KernelEnvironment.forTree(root, arch, profile.environment(), Map.of());
            shell = new ProfileShell(profile, minimums, env);
            result = KconfigParser.parse(tree, "Kconfig", env, shell);
            return;
        }
        Map<String, String> env = new LinkedHashMap<>(profile.environment());
        env.put("srctree", tree.srctree());
        env.put("KERNELVERSION", kernelVersion);
        shell = new ProfileShell(profile, minimums, Map.of("srctree", tree.srctree()));
        result = KconfigParser.parse(tree, "Kconfig", env, shell);
    }

    public KconfigModel model() {
        return result.model();
    }

    public ParseResult parseResult() {
        return result;
    }

    public List<Diagnostic> diagnostics() {
        return result.diagnostics();
    }

    public ToolchainProfile profile() {
        return profile;
    }

    /** Commands the profile could not answer and what it assumed instead. */
    public List<Assumption> assumptions() {
        return shell.assumptions();
    }

    /** For each answered command, the profile field that produced the answer. */
    public Map<String, String> provenance() {
        return shell.provenance();
    }

    /**
     * The text of one of the tree's Kconfig files, named as a {@code SourceLocation} names it
     * (relative to the tree root); empty when the tree has no such file. Safe on any thread.
     */
    public Optional<String> readSource(String file) throws IOException {
        return tree.read(file);
    }

    /** Where the tree comes from, for titles and messages. */
    public String describeTree() {
        return tree.describe();
    }

    /**
     * Switches to another toolchain profile: reloads the tree and re-applies the user's values
     * (by symbol name, in the order they were given), then tells the reload listeners.
     */
    public void changeProfile(ToolchainProfile newProfile) {
        List<Map.Entry<String, String>> userValues = new ArrayList<>();
        for (Symbol s : model().definedSymbols()) {
            if (s.hasUserValue()) {
                userValues.add(Map.entry(s.name(), s.userValue()));
            }
        }
        profile = newProfile;
        load();
        List<KconfigModel.Assignment> assignments = new ArrayList<>();
        for (Map.Entry<String, String> e : userValues) {
            Symbol s = model().symbol(e.getKey());
            if (s != null) {
                assignments.add(new KconfigModel.Assignment(s, e.getValue()));
            }
        }
        model().replaceUserValues(assignments);
        for (Consumer<KconfigModel> listener : reloadListeners) {
            listener.accept(model());
        }
    }

    /** Called with the new model whenever the tree is reloaded (e.g. after a profile change). */
    public void addReloadListener(Consumer<KconfigModel> listener) {
        reloadListeners.add(listener);
    }

    /** The .config fragment of the user's changes, headed by the toolchain they need. */
    public String fragment(String version) {
        return FragmentWriter.write(model(), describe(profile), version);
    }

    /** Writes the fragment atomically (the previous file is kept as NAME.old). */
    public void exportFragment(Path file, String version) throws IOException {
        AtomicFiles.write(file, fragment(version));
    }

    /** A one-line description of a profile's compilers, e.g. for fragment headers. */
    public static String describe(ToolchainProfile p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.cc().kind() == ToolchainProfile.CcKind.CLANG ? "Clang " : "GCC ").append(p.cc().version());
        if (p.llvm()) {
            sb.append(" (LLVM=1)");
        }
        if (p.rustc() != null) {
            sb.append(", rustc ").append(p.rustc().version()).append(" (LLVM ").append(p.rustc().llvmVersion()).append(')');
        } else {
            sb.append(", no rustc");
        }
        return sb.append(" [").append(p.name()).append(']').toString();
    }
}
