package org.kconfigexplorer.kconfig.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.kconfigexplorer.kconfig.macro.CachingShell;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.UserInput;
import org.kconfigexplorer.kconfig.parse.ClasspathSourceTree;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.parse.ParseMonitor;
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
    /** ARCH of a kernel tree (the profile's arch follows it), or null for other trees. */
    private String arch;
    private final List<Consumer<KconfigModel>> reloadListeners = new CopyOnWriteArrayList<>();
    private ToolchainProfile profile;
    private ProfileShell shell;
    /** Host mode only: runs the tree's commands on this machine (cached); null in profile mode. */
    private MacroShell hostShell;
    private Map<String, String> hostEnvironment;
    private ParseResult result;

    private ExplorerSession(SourceTree tree, String kernelVersion, MinToolVersions minimums, ToolchainProfile profile) {
        this(tree, kernelVersion, minimums, null, profile, null, null, ParseMonitor.NONE);
    }

    private ExplorerSession(SourceTree tree, String kernelVersion, MinToolVersions minimums, String arch,
                            ToolchainProfile profile, MacroShell hostShell, Map<String, String> hostEnvironment,
                            ParseMonitor monitor) {
        this.tree = tree;
        this.kernelVersion = kernelVersion;
        this.minimums = minimums;
        this.arch = arch;
        this.profile = profile == null || arch == null ? profile : profile.withArch(arch);
        this.hostShell = hostShell;
        this.hostEnvironment = hostEnvironment;
        load(monitor);
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
     * A kernel source tree for {@code make ARCH=arch}, with $(shell,...) answered by the
     * profile (whose arch becomes {@code arch}), with the variables the Makefile exports for
     * the profile's toolchain; nothing is run. The tool minimums are the tree's own
     * (scripts/min-tool-version.sh), else those of the tree's kernel version.
     *
     * @throws ParseMonitor.CancelledException when {@code monitor} cancelled the load
     */
    public static ExplorerSession openKernelTree(Path srctree, String arch, ToolchainProfile profile,
                                                 ParseMonitor monitor) {
        String version = KernelEnvironment.kernelVersion(srctree);
        return new ExplorerSession(new DirectorySourceTree(srctree), version, minimumsOf(srctree, version), arch,
                profile, null, null, monitor);
    }

    /** {@link #openKernelTree(Path, String, ToolchainProfile, ParseMonitor)} without progress or cancel. */
    public static ExplorerSession openKernelTree(Path srctree, String arch, ToolchainProfile profile) {
        return openKernelTree(srctree, arch, profile, ParseMonitor.NONE);
    }

    /**
     * Host mode, only on the user's explicit choice: a kernel source tree for
     * {@code make ARCH=arch} whose $(shell,...) commands run with /bin/sh on this machine (each
     * distinct command once), in a scratch working directory, with the process environment plus
     * the Makefile's exports.
     *
     * @param processEnvironment the user's environment (PATH, CC, LLVM, ...), e.g. System.getenv()
     * @throws ParseMonitor.CancelledException when {@code monitor} cancelled the load
     */
    public static ExplorerSession openKernelTreeOnHost(Path srctree, String arch, Map<String, String> processEnvironment,
                                                       ParseMonitor monitor) throws IOException {
        Path workDir = Files.createTempDirectory("kconfig-explorer-host");
        Map<String, String> env = KernelEnvironment.forHost(srctree, arch, processEnvironment, Map.of(), workDir);
        return openKernelTreeOnHost(srctree, arch, env, new HostShell(workDir, env), monitor);
    }

    /**
     * Host mode with a given shell: {@code shell} answers the tree's commands (each distinct
     * command once) in the conf environment {@code environment} (see {@link
     * KernelEnvironment#forHost}). {@link #openKernelTreeOnHost(Path, String, Map, ParseMonitor)}
     * uses the machine's /bin/sh; tests fake the machine.
     */
    public static ExplorerSession openKernelTreeOnHost(Path srctree, String arch, Map<String, String> environment,
                                                       MacroShell shell, ParseMonitor monitor) {
        String version = KernelEnvironment.kernelVersion(srctree);
        return new ExplorerSession(new DirectorySourceTree(srctree), version, minimumsOf(srctree, version), arch, null,
                new CachingShell(shell), environment, monitor);
    }

    /** The tree's scripts/min-tool-version.sh, with the kernel version's minimums for what it lacks. */
    private static MinToolVersions minimumsOf(Path srctree, String kernelVersion) {
        return MinToolVersions.forTree(srctree, minimumsFor(kernelVersion));
    }

    private static MinToolVersions minimumsFor(String kernelVersion) {
        int dot = kernelVersion.indexOf('.');
        try {
            int major = Integer.parseInt(dot < 0 ? kernelVersion : kernelVersion.substring(0, dot));
            return major >= 7 ? MinToolVersions.LINUX_7_1 : MinToolVersions.LINUX_6_12;
        } catch (NumberFormatException e) {
            return MinToolVersions.LINUX_6_12;
        }
    }

    /**
     * The same tree opened anew with another profile (no user values, no listeners): a kernel
     * tree stays a kernel tree (its ARCH following the profile's arch, as in
     * {@link #changeProfile}), the embedded model and directories stay what they are. A host-mode
     * session gives a profile-mode session of the same tree (ARCH from the profile), just as
     * changeProfile leaves host mode.
     */
    public ExplorerSession withProfile(ToolchainProfile newProfile) {
        return new ExplorerSession(tree, kernelVersion, minimums, arch == null ? null : newProfile.arch(), newProfile,
                null, null, ParseMonitor.NONE);
    }

    /**
     * This tree parsed again as the session has it now: the same profile (answered by a fresh
     * profile shell), or in host mode the same commands answered from the cache of their first
     * run (nothing runs again); no user values, no listeners. The copy shares no mutable state
     * with this session's model, so it can be worked on in another thread while the window
     * keeps this one. Call it where the session is not being changed (profile changes run on
     * the UI's background worker, like the work that copies).
     */
    public ExplorerSession copy() {
        return new ExplorerSession(tree, kernelVersion, minimums, arch, profile, hostShell, hostEnvironment,
                ParseMonitor.NONE);
    }

    /** The minimum tool versions the tree's scripts check. */
    public MinToolVersions minimums() {
        return minimums;
    }

    /**
     * A fix finder for this session's model that may propose profile changes (re-parsing this
     * tree); in host mode there is no profile, so it proposes only symbol changes.
     */
    public FixFinder fixFinder() {
        if (isHostMode()) {
            return new FixFinder(model(), null);
        }
        return new FixFinder(model(), new FixFinder.Toolchain(profile, provenance(), minimums, p -> {
            ExplorerSession other = withProfile(p);
            return new ModelLoader.Loaded(other.model(), other.provenance());
        }));
    }

    /** An explainer for this session's model (profile fields in words; the host toolchain has none). */
    public Explainer explainer() {
        return new Explainer(model(), provenance(), profile);
    }

    private void load(ParseMonitor monitor) {
        if (hostShell != null) {
            shell = null;
            result = KconfigParser.parse(tree, "Kconfig", hostEnvironment, hostShell, monitor);
            return;
        }
        Map<String, String> env;
        Map<String, String> shellEnv;
        if (arch != null) {
            env = KernelEnvironment.forTree(Path.of(tree.srctree()), profile.arch(), Map.of(), profile.environment());
            shellEnv = env;
        } else {
            env = new LinkedHashMap<>(profile.environment());
            env.put("srctree", tree.srctree());
            env.put("KERNELVERSION", kernelVersion);
            shellEnv = Map.of("srctree", tree.srctree());
        }
        shell = new ProfileShell(profile, minimums, shellEnv);
        result = KconfigParser.parse(tree, "Kconfig", env, shell, monitor);
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

    /** The toolchain profile, or null in host mode. */
    public ToolchainProfile profile() {
        return profile;
    }

    /** True when the tree's $(shell,...) commands run on this machine (the user chose so). */
    public boolean isHostMode() {
        return hostShell != null;
    }

    /** ARCH of a kernel tree, or null for the embedded model and plain directories. */
    public String arch() {
        return arch;
    }

    /** The kernel version of the tree ("6.12.57"), empty when unknown. */
    public String kernelVersion() {
        return kernelVersion;
    }

    /** The toolchain's display name: the profile's, or the host toolchain's. */
    public String toolchainName() {
        return isHostMode() ? HOST_TOOLCHAIN_NAME : profile.name();
    }

    /** What the UI and fragments call the host toolchain. */
    public static final String HOST_TOOLCHAIN_NAME = "Host toolchain (commands run on this machine)";

    /** Commands the profile could not answer and what it assumed instead (none in host mode). */
    public List<Assumption> assumptions() {
        return shell == null ? List.of() : shell.assumptions();
    }

    /** For each answered command, the profile field that produced the answer (empty in host mode). */
    public Map<String, String> provenance() {
        return shell == null ? Map.of() : shell.provenance();
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
     * Switches to another toolchain profile (leaving host mode, if it was on): reloads the tree
     * and re-applies the user's input (values and choice orders, by name), then tells the reload
     * listeners. For a kernel tree the profile's arch becomes the ARCH (a caller keeping the ARCH
     * passes {@code newProfile.withArch(arch())}).
     */
    public void changeProfile(ToolchainProfile newProfile) {
        switchTo(newProfile, arch == null ? null : newProfile.arch(), null, null);
    }

    /**
     * What answers this session's $(shell,...) commands now: its profile, or (host mode) this
     * machine through the session's shell, whose answers are kept. For undo: {@link
     * #changeToolchain} goes back to it, also back to host mode without asking the user again.
     */
    public Toolchain toolchain() {
        return new Toolchain(this, profile, arch, hostShell, hostEnvironment);
    }

    /**
     * Switches to a toolchain this session had before ({@link #toolchain}): reloads the tree and
     * re-applies the user's input like {@link #changeProfile}. Host mode comes back with the
     * shell it had, so each command already answered is not run again.
     *
     * @throws IllegalArgumentException for another session's toolchain
     */
    public void changeToolchain(Toolchain toolchain) {
        if (toolchain.session != this) {
            throw new IllegalArgumentException("a toolchain of another session");
        }
        if (!toolchain.isHost()) {
            changeProfile(toolchain.profile);
            return;
        }
        switchTo(null, toolchain.arch, toolchain.hostShell, toolchain.hostEnvironment);
    }

    /**
     * Reloads the tree with another toolchain and re-applies the user's input. All or nothing: if
     * the load fails, the session keeps its toolchain and model.
     */
    private void switchTo(ToolchainProfile newProfile, String newArch, MacroShell newHostShell,
                          Map<String, String> newHostEnvironment) {
        UserInput input = model().userInput();
        ToolchainProfile oldProfile = profile;
        String oldArch = arch;
        MacroShell oldHostShell = hostShell;
        Map<String, String> oldHostEnvironment = hostEnvironment;
        ProfileShell oldShell = shell;
        ParseResult oldResult = result;
        profile = newProfile;
        arch = newArch;
        hostShell = newHostShell;
        hostEnvironment = newHostEnvironment;
        try {
            load(ParseMonitor.NONE);
        } catch (RuntimeException | Error e) {
            profile = oldProfile;
            arch = oldArch;
            hostShell = oldHostShell;
            hostEnvironment = oldHostEnvironment;
            shell = oldShell;
            result = oldResult;
            throw e;
        }
        model().restoreUserInput(input);
        for (Consumer<KconfigModel> listener : reloadListeners) {
            listener.accept(model());
        }
    }

    /**
     * A toolchain a session had: a profile, or the host (its shell and environment). Opaque
     * except for what the UI shows.
     */
    public static final class Toolchain {
        private final ExplorerSession session;
        private final ToolchainProfile profile;
        private final String arch;
        private final MacroShell hostShell;
        private final Map<String, String> hostEnvironment;

        private Toolchain(ExplorerSession session, ToolchainProfile profile, String arch, MacroShell hostShell,
                          Map<String, String> hostEnvironment) {
            this.session = session;
            this.profile = profile;
            this.arch = arch;
            this.hostShell = hostShell;
            this.hostEnvironment = hostEnvironment;
        }

        /** True for the host toolchain (the tree's commands run on this machine). */
        public boolean isHost() {
            return hostShell != null;
        }

        /** The profile, or null for the host toolchain. */
        public ToolchainProfile profile() {
            return profile;
        }

        /** The profile's name, or {@link #HOST_TOOLCHAIN_NAME}. */
        public String name() {
            return isHost() ? HOST_TOOLCHAIN_NAME : profile.name();
        }
    }

    /** Called with the new model whenever the tree is reloaded (e.g. after a profile change). */
    public void addReloadListener(Consumer<KconfigModel> listener) {
        reloadListeners.add(listener);
    }

    /** The .config fragment of the user's changes, headed by the toolchain they need. */
    public String fragment(String version) {
        return FragmentWriter.write(model(), isHostMode() ? HOST_TOOLCHAIN_NAME : describe(profile), version);
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
