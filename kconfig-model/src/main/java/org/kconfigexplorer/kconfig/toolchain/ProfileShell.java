package org.kconfigexplorer.kconfig.toolchain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.toolchain.ShellInterpreter.Context;
import org.kconfigexplorer.kconfig.toolchain.ShellInterpreter.Outcome;
import org.kconfigexplorer.kconfig.toolchain.ShellInterpreter.Result;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.AsKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.LdKind;

/**
 * A {@link MacroShell} that runs nothing: it interprets the command text of a
 * {@code $(shell,...)} call with a small sh interpreter and answers the toolchain commands
 * in it (the kernel's version scripts, {@code rust_is_available.sh}, {@code $(CC)},
 * {@code $(LD)}, {@code $(RUSTC)}, {@code $(BINDGEN)}, {@code $(PAHOLE)} invocations and flag
 * probes) from a {@link ToolchainProfile}, printing what the real command would print.
 *
 * <p>Every answered command is recorded in {@link #provenance()} with the profile fields that
 * produced the answer. A command that cannot be answered (unknown program, unsupported shell
 * syntax, file-system tests) gets a default answer (empty output, or the failure branch of the
 * success/failure wrappers) and is recorded in {@link #assumptions()}; it is never answered
 * silently.
 *
 * <p>Thread-safe; the records are kept until {@link #clearRecords()}.
 */
public final class ProfileShell implements MacroShell {

    /** Provenance value for commands answered by the shell alone, without any profile field. */
    public static final String SHELL_ONLY = "shell";

    /**
     * Kernel scripts that test what the toolchain can do; a profile answers them like flag
     * probes, with perFlag keys "script:NAME ARGS" (the compiler argument left out).
     */
    private static final Set<String> CAPABILITY_SCRIPTS = Set.of("cc-can-link.sh", "tools-support-relr.sh",
            "gcc-x86_64-has-stack-protector.sh", "gcc-x86_32-has-stack-protector.sh", "gcc-goto.sh",
            "check-function-names.sh", "has-stack-protector.sh");

    /** Where the profile says GCC's plugin headers are; only file tests below it are answered. */
    private static final String PLUGIN_DIR_MARK = "/gcc-plugin-dir-of-the-profile";

    private static final Set<String> VERSION_SCRIPTS = Set.of("cc-version.sh", "ld-version.sh", "as-version.sh",
            "rustc-version.sh", "rustc-llvm-version.sh", "rust_is_available.sh", "pahole-version.sh",
            "min-tool-version.sh");

    /**
     * The answer to one command.
     *
     * @param command    the command text
     * @param stdout     what it prints on standard output
     * @param exitStatus its exit status
     * @param fields     profile fields that produced the answer (empty: shell only)
     * @param unknowns   why parts of it could not be answered from the profile (empty: fully answered)
     */
    public record Answer(String command, String stdout, int exitStatus, List<String> fields, List<String> unknowns,
                         List<String> probes) {
        public Answer {
            fields = List.copyOf(fields);
            unknowns = List.copyOf(unknowns);
        }

        /** True when the profile (and the shell) answered everything without guessing. */
        public boolean fullyAnswered() {
            return unknowns.isEmpty();
        }
    }

    private final ToolchainProfile profile;
    private final MinToolVersions minimums;
    private final Map<String, String> environment;
    private final Tools tools = new Tools();

    private final List<Assumption> assumptions = new ArrayList<>();
    private final Map<String, String> provenance = new LinkedHashMap<>();
    private final Map<String, List<String>> probes = new LinkedHashMap<>();

    /** A shell for {@code profile} with the Linux 7.1 minimum tool versions. */
    public ProfileShell(ToolchainProfile profile) {
        this(profile, MinToolVersions.LINUX_7_1);
    }

    /** A shell for {@code profile} checking the given minimum tool versions. */
    public ProfileShell(ToolchainProfile profile, MinToolVersions minimums) {
        this(profile, minimums, Map.of());
    }

    /**
     * A shell for {@code profile}; {@code extraEnvironment} (e.g. srctree, KERNELVERSION) is added
     * to {@link ToolchainProfile#environment()} and wins over it.
     */
    public ProfileShell(ToolchainProfile profile, MinToolVersions minimums, Map<String, String> extraEnvironment) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.minimums = Objects.requireNonNull(minimums, "minimums");
        Map<String, String> env = new LinkedHashMap<>(profile.environment());
        env.putAll(extraEnvironment);
        this.environment = Collections.unmodifiableMap(env);
    }

    public ToolchainProfile profile() {
        return profile;
    }

    public MinToolVersions minimums() {
        return minimums;
    }

    /** The environment the commands see (the profile's plus the extra variables). */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Answers {@code command} and records it in {@link #provenance()} and, when it could not be
     * fully answered, in {@link #assumptions()}.
     */
    @Override
    public String run(String command) {
        Answer a = answer(command);
        synchronized (this) {
            if (!a.fields().isEmpty() || a.unknowns().isEmpty()) {
                provenance.put(command, a.fields().isEmpty() ? SHELL_ONLY : String.join(", ", a.fields()));
            }
            if (!a.probes().isEmpty()) {
                probes.put(command, a.probes());
            }
            if (!a.unknowns().isEmpty()
                    && assumptions.stream().noneMatch(x -> x.command().equals(command))) {
                assumptions.add(new Assumption(command, a.stdout(), String.join("; ", a.unknowns())));
            }
        }
        return a.stdout();
    }

    /** Answers {@code command} without recording anything. */
    public Answer answer(String command) {
        Objects.requireNonNull(command, "command");
        try {
            Outcome o = ShellInterpreter.run(command, environment, tools);
            Context c = o.context();
            List<String> reasons = new ArrayList<>(c.unknowns);
            reasons.addAll(c.notes);
            if (!c.unknowns.isEmpty()) {
                reasons.add("unanswered commands were treated as failed (status 127, no output)");
            }
            return new Answer(command, o.stdout(), o.status(), new ArrayList<>(c.fields), reasons,
                    new ArrayList<>(c.probes));
        } catch (ShellSyntax.Unsupported e) {
            return new Answer(command, "", 2, List.of(),
                    List.of("unsupported shell syntax: " + e.getMessage() + "; answered with empty output"), List.of());
        }
    }

    /** Commands that could not be fully answered, in the order first seen. */
    public synchronized List<Assumption> assumptions() {
        return List.copyOf(assumptions);
    }

    /**
     * For every answered command, the profile fields that produced the answer (comma-separated,
     * e.g. {@code "cc.kind, cc.version"}), or {@link #SHELL_ONLY}.
     */
    public synchronized Map<String, String> provenance() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /**
     * The commands answered from the flagProbes policy, each with the probe keys it asked
     * ("cc:-fsanitize=kcfi", "ld:--no-rosegment", ...), usable as perFlag keys.
     */
    public synchronized Map<String, List<String>> probes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(probes));
    }

    /** Forgets the recorded assumptions and provenance (e.g. before re-parsing). */
    public synchronized void clearRecords() {
        probes.clear();
        assumptions.clear();
        provenance.clear();
    }

    // ================================================================== tool answers

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The kernel script name when {@code path} is {@code .../scripts/NAME} for a script we know. */
    private static String scriptName(String path) {
        String base = basename(path);
        if (!VERSION_SCRIPTS.contains(base) && !CAPABILITY_SCRIPTS.contains(base)) {
            return null;
        }
        String dir = path.substring(0, path.length() - base.length());
        return dir.equals("scripts/") || dir.endsWith("/scripts/") ? base : null;
    }

    private static Result fail(int status, String err) {
        return new Result(status, "", err);
    }

    private final class Tools implements ShellInterpreter.External {

        @Override
        public Result run(List<String> argv, String stdin, Map<String, String> env, Context ctx) {
            String cmd = argv.get(0);
            List<String> args = argv.subList(1, argv.size());
            String script = scriptName(cmd);
            if (script != null) {
                return script(script, args, env, ctx);
            }
            return switch (toolOf(cmd, env)) {
                case "cc" -> cc(args, stdin, env, ctx);
                case "ld" -> ld(args, ctx);
                case "rustc" -> rustc(args, ctx);
                case "bindgen" -> bindgen(args, ctx);
                case "pahole" -> pahole(args, ctx);
                case "binutils" -> binutils(basename(cmd), args, ctx);
                default -> null;
            };
        }

        @Override
        public Boolean exists(String name, Map<String, String> env, Context ctx) {
            if (scriptName(name) != null) {
                return Boolean.TRUE;
            }
            switch (toolOf(name, env)) {
                case "cc":
                    ctx.field("cc.kind");
                    return Boolean.TRUE;
                case "ld":
                    ctx.field("ld.kind");
                    return Boolean.TRUE;
                case "rustc":
                    ctx.field("rustc");
                    return profile.hasRustc();
                case "bindgen":
                    ctx.field("bindgen");
                    return profile.hasBindgen();
                case "pahole":
                    ctx.field("pahole");
                    return profile.pahole() != null;
                case "binutils":
                    ctx.field(profile.llvm() ? "llvm" : "crossCompile");
                    return Boolean.TRUE;
                default:
                    return null;
            }
        }

        /** Which profile tool {@code cmd} names: cc, ld, rustc, bindgen, pahole, binutils, or "". */
        private String toolOf(String cmd, Map<String, String> env) {
            if (cmd.equals(env.get("CC")) || cmd.equals(profile.ccCommand())) {
                return "cc";
            }
            if (cmd.equals(env.get("HOSTCC")) && cmd.equals(profile.ccCommand())) {
                return "cc";
            }
            if (cmd.equals(env.get("LD")) || cmd.equals(profile.ldCommand())) {
                return "ld";
            }
            if (cmd.equals(env.get("RUSTC")) || cmd.equals("rustc")) {
                return "rustc";
            }
            if (cmd.equals(env.get("BINDGEN")) || cmd.equals("bindgen")) {
                return "bindgen";
            }
            if (cmd.equals(env.get("PAHOLE")) || cmd.equals("pahole")) {
                return "pahole";
            }
            for (String v : new String[] {"AR", "NM", "OBJCOPY", "OBJDUMP", "READELF", "STRIP"}) {
                if (cmd.equals(env.get(v))) {
                    return "binutils";
                }
            }
            return "";
        }

        // ------------------------------------------------------------ scripts

        private Result script(String script, List<String> args, Map<String, String> env, Context ctx) {
            return switch (script) {
                case "cc-version.sh" -> ccVersionScript(args, env, ctx);
                case "ld-version.sh" -> ldVersionScript(args, env, ctx);
                case "as-version.sh" -> asVersionScript(args, env, ctx);
                case "rustc-version.sh" -> rustcVersionScript(args, env, ctx, false);
                case "rustc-llvm-version.sh" -> rustcVersionScript(args, env, ctx, true);
                case "rust_is_available.sh" -> rustIsAvailable(ctx);
                case "pahole-version.sh" -> paholeVersionScript(args, env, ctx);
                case "min-tool-version.sh" -> minToolVersion(args);
                default -> CAPABILITY_SCRIPTS.contains(script) ? capability(script, args, env, ctx) : null;
            };
        }

        /** A capability script: answered by the flagProbes policy under "script:NAME ARGS". */
        private Result capability(String script, List<String> args, Map<String, String> env, Context ctx) {
            List<String> rest = new ArrayList<>();
            for (String a : args) {
                if (!toolOf(a, env).equals("cc")) {
                    rest.add(a);
                }
            }
            String key = rest.isEmpty() ? script : script + " " + String.join(" ", rest);
            return probe("script", List.of(key), ctx) ? Result.status(0) : fail(1, "");
        }

        @Override
        public Boolean fileTest(String op, String path, Context ctx) {
            if (path.startsWith(PLUGIN_DIR_MARK + "/")) {
                return probe("cc", List.of("gcc-plugins"), ctx);
            }
            return null;
        }

        private Result ccVersionScript(List<String> args, Map<String, String> env, Context ctx) {
            if (args.isEmpty() || !toolOf(args.get(0), env).equals("cc")) {
                return null;
            }
            ctx.field("cc.kind");
            ctx.field("cc.version");
            Version v = Version.parse(profile.cc().version());
            boolean gcc = profile.cc().kind() == CcKind.GCC;
            Version min = gcc ? minimums.gcc() : minimums.llvmFor(profile.srcArch());
            if (!v.atLeast(min)) {
                return fail(1, "***\n*** C compiler is too old.\n***   Your " + (gcc ? "GCC" : "Clang")
                        + " version:    " + v + "\n***   Minimum version: " + min + "\n***\n");
            }
            return Result.ok((gcc ? "GCC " : "Clang ") + v.canonical() + "\n");
        }

        private Result ldVersionScript(List<String> args, Map<String, String> env, Context ctx) {
            if (args.isEmpty() || !toolOf(args.get(0), env).equals("ld")) {
                return null;
            }
            ctx.field("ld.kind");
            ctx.field("ld.version");
            Version v = Version.parse(profile.ld().version());
            boolean bfd = profile.ld().kind() == LdKind.BFD;
            Version min = bfd ? minimums.binutils() : minimums.llvmFor(profile.srcArch());
            if (!v.atLeast(min)) {
                return fail(1, "***\n*** Linker is too old.\n***   Your " + (bfd ? "GNU ld" : "LLD")
                        + " version:    " + v + "\n***   Minimum version: " + min + "\n***\n");
            }
            return Result.ok((bfd ? "BFD " : "LLD ") + v.canonical() + "\n");
        }

        private Result asVersionScript(List<String> args, Map<String, String> env, Context ctx) {
            if (args.isEmpty() || !toolOf(args.get(0), env).equals("cc")) {
                return null;
            }
            ctx.field("as.kind");
            if (args.contains("-fintegrated-as")) {
                // The kernel script does not ask Clang's integrated assembler for a version: it
                // prints a zero version, and Kconfig uses CLANG_VERSION for AS_VERSION instead.
                return Result.ok("LLVM 0\n");
            }
            ctx.field("as.version");
            Version v = Version.parse(profile.as().version());
            if (profile.as().kind() == AsKind.LLVM) {
                ctx.note("as-version.sh without -fintegrated-as (CLANG_FLAGS not passed): the real script"
                        + " would not recognise the integrated assembler; answered with the as.version of the profile");
                return Result.ok("LLVM " + v.canonical() + "\n");
            }
            if (!v.atLeast(minimums.binutils())) {
                return fail(1, "***\n*** Assembler is too old.\n***   Your GNU assembler version:    " + v
                        + "\n***   Minimum GNU assembler version: " + minimums.binutils() + "\n***\n");
            }
            return Result.ok("GNU " + v.canonical() + "\n");
        }

        private Result rustcVersionScript(List<String> args, Map<String, String> env, Context ctx, boolean llvm) {
            if (args.isEmpty() || !toolOf(args.get(0), env).equals("rustc")) {
                return null;
            }
            if (!profile.hasRustc()) {
                ctx.field("rustc");
                return new Result(1, "0\n", "");
            }
            if (llvm) {
                ctx.field("rustc.llvmVersion");
                return Result.ok(Version.parse(profile.rustc().llvmVersion()).canonical() + "\n");
            }
            ctx.field("rustc.version");
            return Result.ok(Version.parse(profile.rustc().version()).rustcCanonical() + "\n");
        }

        private Result paholeVersionScript(List<String> args, Map<String, String> env, Context ctx) {
            if (args.isEmpty() || !toolOf(args.get(0), env).equals("pahole")) {
                return null;
            }
            if (profile.pahole() == null) {
                ctx.field("pahole");
                return new Result(1, "0\n", "");
            }
            ctx.field("pahole.version");
            Version v = Version.parse(profile.pahole().version());
            return Result.ok("" + v.major() + v.minor() + "\n");
        }

        private Result minToolVersion(List<String> args) {
            if (args.size() != 1) {
                return fail(1, "Usage: min-tool-version.sh toolname\n");
            }
            Version v = switch (args.get(0)) {
                case "binutils" -> minimums.binutils();
                case "gcc" -> minimums.gcc();
                case "llvm" -> minimums.llvmFor(profile.srcArch());
                case "rustc" -> minimums.rustc();
                case "bindgen" -> minimums.bindgen();
                default -> null;
            };
            return v == null ? fail(1, args.get(0) + ": unknown tool\n") : Result.ok(v + "\n");
        }

        /** Exit 0 only when rustc and bindgen exist and meet the minimums and libclang is new enough. */
        private Result rustIsAvailable(Context ctx) {
            ctx.field("rustc.version");
            if (!profile.hasRustc()) {
                return fail(1, "***\n*** Rust compiler 'rustc' could not be found.\n***\n");
            }
            Version rustc = Version.parse(profile.rustc().version());
            if (!rustc.atLeast(minimums.rustc())) {
                return fail(1, "***\n*** Rust compiler 'rustc' is too old.\n***   Your version:    " + rustc
                        + "\n***   Minimum version: " + minimums.rustc() + "\n***\n");
            }
            ctx.field("bindgen.version");
            if (!profile.hasBindgen()) {
                return fail(1, "***\n*** Rust bindings generator 'bindgen' could not be found.\n***\n");
            }
            Version bindgen = Version.parse(profile.bindgen().version());
            if (!bindgen.atLeast(minimums.bindgen())) {
                return fail(1, "***\n*** Rust bindings generator 'bindgen' is too old.\n***   Your version:    "
                        + bindgen + "\n***   Minimum version: " + minimums.bindgen() + "\n***\n");
            }
            ctx.field("bindgen.libclangVersion");
            Version libclang = Version.parse(profile.bindgen().libclangVersion());
            Version minLlvm = minimums.llvmFor(profile.srcArch());
            if (!libclang.atLeast(minLlvm)) {
                return fail(1, "***\n*** libclang (used by bindgen) is too old.\n***   Your version:    "
                        + libclang + "\n***   Minimum version: " + minLlvm + "\n***\n");
            }
            return Result.status(0);
        }

        // ------------------------------------------------------------ tools

        private Result cc(List<String> args, String stdin, Map<String, String> env, Context ctx) {
            ctx.field("cc.kind");
            if (args.contains("--version")) {
                ctx.field("cc.version");
                return Result.ok(ccVersionOutput());
            }
            if (args.contains("-print-file-name=plugin")) {
                // GCC prints its plugin folder; whether the headers are there is the probe "cc:gcc-plugins".
                return Result.ok((profile.cc().kind() == CcKind.GCC ? PLUGIN_DIR_MARK : "plugin") + "\n");
            }
            boolean compiles = args.contains("-c") || args.contains("-E") || args.contains("-S")
                    || args.contains("-fsyntax-only");
            if (!compiles) {
                return null;
            }
            Set<String> clangFlags = Set.of(env.getOrDefault("CLANG_FLAGS", "").trim().split("\\s+"));
            List<String> flags = new ArrayList<>();
            String language = "c";
            boolean readsStdin = false;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "-x" -> language = i + 1 < args.size() ? args.get(++i) : language;
                    case "-o" -> i++;
                    case "-" -> readsStdin = true;
                    case "-Werror", "-c", "-E", "-S", "-P", "-w", "-fsyntax-only", "/dev/null",
                            "-Wa,--fatal-warnings" -> {
                        // probe scaffolding, not the feature being tested
                    }
                    default -> {
                        if (!clangFlags.contains(a)) {
                            flags.add(a);
                        }
                    }
                }
            }
            String snippet = readsStdin ? stripTrailingNewlines(stdin) : null;
            boolean assembler = language.startsWith("assembler");
            boolean ok = probe("cc", flags, ctx);
            if (ok && snippet != null && !snippet.isEmpty()) {
                ok = probe(assembler ? "as" : "cc", List.of(snippet), ctx);
            }
            return ok ? Result.status(0)
                    : fail(1, (assembler ? "assembler" : "compiler") + " rejects the probe (per flagProbes)\n");
        }

        private String ccVersionOutput() {
            String v = profile.cc().version();
            if (profile.cc().kind() == CcKind.CLANG) {
                return "clang version " + v + "\nTarget: " + hostTriple() + "\nThread model: posix\n"
                        + "InstalledDir: /usr/bin\n";
            }
            int year = 2010 + Version.parse(v).major();
            return profile.ccVersionText() + "\nCopyright (C) " + year + " Free Software Foundation, Inc.\n"
                    + "This is free software; see the source for copying conditions.  There is NO\n"
                    + "warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n";
        }

        private String hostTriple() {
            return switch (profile.srcArch()) {
                case "arm64" -> "aarch64-unknown-linux-gnu";
                case "riscv" -> "riscv64-unknown-linux-gnu";
                default -> "x86_64-unknown-linux-gnu";
            };
        }

        private Result ld(List<String> args, Context ctx) {
            ctx.field("ld.kind");
            ctx.field("ld.version");
            String line = profile.ld().kind() == LdKind.BFD
                    ? "GNU ld (GNU Binutils) " + profile.ld().version() + "\n"
                    : "LLD " + profile.ld().version() + " (compatible with GNU linkers)\n";
            if (args.equals(List.of("--version")) || args.equals(List.of("-v")) || args.equals(List.of("-V"))) {
                return Result.ok(line);
            }
            if (!args.isEmpty() && args.get(0).equals("-v")) {
                boolean ok = probe("ld", args.subList(1, args.size()), ctx);
                return ok ? Result.ok(line) : fail(1, "ld: unrecognized option (per flagProbes)\n");
            }
            return null;
        }

        private Result rustc(List<String> args, Context ctx) {
            ctx.field("rustc");
            if (!profile.hasRustc()) {
                return fail(127, "sh: 1: rustc: not found\n");
            }
            boolean version = args.contains("--version") || args.contains("-V") || args.contains("-vV");
            boolean verbose = args.contains("--verbose") || args.contains("-v") || args.contains("-vV");
            if (version) {
                ctx.field("rustc.version");
                String v = profile.rustc().version();
                if (!verbose) {
                    return Result.ok("rustc " + v + "\n");
                }
                ctx.field("rustc.llvmVersion");
                return Result.ok("rustc " + v + "\nbinary: rustc\ncommit-hash: unknown\ncommit-date: unknown\n"
                        + "host: " + hostTriple() + "\nrelease: " + v + "\nLLVM version: "
                        + profile.rustc().llvmVersion() + "\n");
            }
            if (!args.contains("/dev/null") && !args.contains("-")) {
                return null;
            }
            List<String> flags = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("/dev/null") || a.equals("-") || a.startsWith("--crate-type=")
                        || a.startsWith("--out-dir=") || a.startsWith("--emit=")) {
                    continue;
                }
                if (a.equals("-o") || a.equals("--out-dir") || a.equals("--crate-type") || a.equals("--emit")) {
                    i++;
                    continue;
                }
                flags.add(a);
            }
            return probe("rustc", flags, ctx) ? Result.status(0)
                    : fail(1, "error: unknown codegen option (per flagProbes)\n");
        }

        /**
         * {@code --help} / {@code --version} of AR, NM, OBJCOPY, ... : only the first line, which
         * Kconfig inspects to tell the LLVM tools from the GNU ones.
         */
        private Result binutils(String name, List<String> args, Context ctx) {
            ctx.field("llvm");
            boolean llvmTool = name.startsWith("llvm-");
            String tool = llvmTool ? name.substring(5) : name.substring(profile.crossCompile().length());
            if (args.equals(List.of("--version"))) {
                if (llvmTool) {
                    return Result.ok(name + ", compatible with GNU " + tool + "\n");
                }
                ctx.field("ld.version");
                return Result.ok("GNU " + tool + " (GNU Binutils) " + profile.ld().version() + "\n");
            }
            if (args.equals(List.of("--help"))) {
                return Result.ok(llvmTool ? "OVERVIEW: LLVM " + tool + "\n" : "Usage: " + name + " [option(s)]\n");
            }
            return null;
        }

        private Result bindgen(List<String> args, Context ctx) {
            ctx.field("bindgen");
            if (!profile.hasBindgen()) {
                return fail(127, "sh: 1: bindgen: not found\n");
            }
            if (args.contains("--version") || args.contains("-V")) {
                ctx.field("bindgen.version");
                return Result.ok("bindgen " + profile.bindgen().version() + "\n");
            }
            return null;
        }

        private Result pahole(List<String> args, Context ctx) {
            ctx.field("pahole");
            if (profile.pahole() == null) {
                return fail(127, "sh: 1: pahole: not found\n");
            }
            if (args.contains("--version")) {
                ctx.field("pahole.version");
                Version v = Version.parse(profile.pahole().version());
                return Result.ok("v" + v.major() + "." + v.minor() + "\n");
            }
            return null;
        }

        /**
         * Answers a probe of {@code flags} for {@code tool} from the flagProbes policy: a group of
         * several flags is first looked up as a whole, then flag by flag; all must be supported.
         */
        private boolean probe(String tool, List<String> flags, Context ctx) {
            if (flags.isEmpty()) {
                return true;
            }
            ctx.probed(tool + ":" + String.join(" ", flags));
            if (flags.size() > 1) {
                Boolean whole = lookup(tool, String.join(" ", flags), ctx);
                if (whole != null) {
                    return whole;
                }
            }
            boolean ok = true;
            for (String f : flags) {
                Boolean v = lookup(tool, f, ctx);
                if (v == null) {
                    ctx.field("flagProbes.defaultAnswer");
                    v = profile.flagProbes().defaultAnswer() == ToolchainProfile.ProbeAnswer.SUPPORTED;
                }
                ok &= v;
            }
            return ok;
        }

        private Boolean lookup(String tool, String key, Context ctx) {
            Map<String, Boolean> per = profile.flagProbes().perFlag();
            String qualified = tool + ":" + key;
            if (per.containsKey(qualified)) {
                ctx.field("flagProbes.perFlag[" + qualified + "]");
                return per.get(qualified);
            }
            if (per.containsKey(key)) {
                ctx.field("flagProbes.perFlag[" + key + "]");
                return per.get(key);
            }
            return null;
        }
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }
}
