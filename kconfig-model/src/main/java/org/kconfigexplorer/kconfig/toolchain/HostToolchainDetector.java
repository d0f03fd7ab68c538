package org.kconfigexplorer.kconfig.toolchain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kconfigexplorer.kconfig.macro.MacroShell;

/**
 * "Detect from this machine": builds a toolchain profile from the tools on PATH by running their
 * version commands (gcc/clang --version, ld --version, rustc --version --verbose, bindgen
 * --version, pahole --version), and records every command it ran with its output, so the user
 * sees what was run. Only used when the user asks for it.
 */
public final class HostToolchainDetector {

    /** One command the detector ran, with its output. */
    public record Run(String command, String output) { }

    /** The detected profile, the commands behind it, and what could not be detected. */
    public record Detection(ToolchainProfile profile, List<Run> runs, List<String> notes) { }

    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)");

    private final MacroShell shell;
    private final List<Run> runs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** @param shell runs the version commands (a {@code HostShell} with the user's PATH) */
    public HostToolchainDetector(MacroShell shell) {
        this.shell = shell;
    }

    private String run(String command) {
        String out = shell.run(command);
        runs.add(new Run(command, out));
        return out;
    }

    /**
     * Detects the toolchain for {@code arch}; {@code cc} names the C compiler to ask (e.g. "gcc"
     * or "clang"; the CC the user builds with).
     */
    public Detection detect(String arch, String cc) {
        String ccOut = run(cc + " --version 2>/dev/null");
        String ccFirst = firstLine(ccOut);
        ToolchainProfile.CcKind kind = ccFirst.contains("clang") ? ToolchainProfile.CcKind.CLANG
                : ToolchainProfile.CcKind.GCC;
        String ccVersion = lastVersion(ccFirst);
        if (ccVersion == null) {
            notes.add("no C compiler answered '" + cc + " --version'; assumed GCC 12.2.0");
            ccVersion = "12.2.0";
            kind = ToolchainProfile.CcKind.GCC;
        }
        boolean llvm = kind == ToolchainProfile.CcKind.CLANG;
        String ldCommand = llvm ? "ld.lld" : "ld";
        String ldFirst = firstLine(run(ldCommand + " --version 2>/dev/null"));
        ToolchainProfile.LdKind ldKind = ldFirst.startsWith("LLD") || ldFirst.contains(" LLD ")
                ? ToolchainProfile.LdKind.LLD : ToolchainProfile.LdKind.BFD;
        String ldVersion = orDefault(lastVersion(ldFirst), ccVersion, "linker version not found; assumed the compiler's");
        ToolchainProfile.As as;
        if (llvm) {
            as = new ToolchainProfile.As(ToolchainProfile.AsKind.LLVM, ccVersion);
        } else {
            String asFirst = firstLine(run("as --version 2>/dev/null"));
            as = new ToolchainProfile.As(ToolchainProfile.AsKind.GNU,
                    orDefault(lastVersion(asFirst), ldVersion, "assembler version not found; assumed the linker's"));
        }
        ToolchainProfile.Rustc rustc = null;
        String rustcOut = run("rustc --version --verbose 2>/dev/null");
        Matcher release = Pattern.compile("(?m)^release: (\\S+)").matcher(rustcOut);
        Matcher llvmVersion = Pattern.compile("(?m)^LLVM version: (\\S+)").matcher(rustcOut);
        if (release.find()) {
            String rel = VERSION.matcher(release.group(1)).results().findFirst().map(r -> r.group(1)).orElse("0.0.0");
            rustc = new ToolchainProfile.Rustc(rel, llvmVersion.find() ? llvmVersion.group(1) : "0.0.0");
        } else {
            notes.add("no rustc on PATH: the profile has no rustc");
        }
        ToolchainProfile.Bindgen bindgen = null;
        String bindgenVersion = lastVersion(firstLine(run("bindgen --version 2>/dev/null")));
        if (bindgenVersion != null) {
            bindgen = new ToolchainProfile.Bindgen(bindgenVersion, llvm ? ccVersion : "0.0.0");
        } else {
            notes.add("no bindgen on PATH: the profile has no bindgen (so RUST_IS_AVAILABLE is n)");
        }
        ToolchainProfile.Pahole pahole = null;
        String paholeVersion = lastVersion(firstLine(run("pahole --version 2>/dev/null")));
        if (paholeVersion != null) {
            pahole = new ToolchainProfile.Pahole(paholeVersion);
        }
        String name = "This machine: " + (llvm ? "Clang " : "GCC ") + ccVersion
                + (rustc == null ? "" : ", rustc " + rustc.version() + " (LLVM " + rustc.llvmVersion() + ")");
        ToolchainProfile profile = new ToolchainProfile("host", name, "Detected from the tools on PATH.",
                new ToolchainProfile.Cc(kind, ccVersion), new ToolchainProfile.Ld(ldKind, ldVersion), as, rustc, bindgen,
                pahole, arch, llvm, "", ToolchainProfile.FlagProbes.ALL_SUPPORTED);
        return new Detection(profile, List.copyOf(runs), List.copyOf(notes));
    }

    /**
     * Answers a tree's flag probes on this machine: runs each probe command (as recorded by a
     * {@link ProfileShell} that parsed the tree) and stores the result as a perFlag answer.
     *
     * @param probes command text to the probe keys it asked
     */
    public ToolchainProfile withProbedFlags(ToolchainProfile profile, Map<String, List<String>> probes) {
        Map<String, Boolean> perFlag = new LinkedHashMap<>(profile.flagProbes().perFlag());
        for (Map.Entry<String, List<String>> e : probes.entrySet()) {
            if (e.getValue().size() != 1) {
                continue;
            }
            String out = run(e.getKey()).strip();
            if (out.equals("y") || out.equals("n")) {
                perFlag.put(e.getValue().get(0), out.equals("y"));
            }
        }
        return profile.withFlagProbes(new ToolchainProfile.FlagProbes(profile.flagProbes().defaultAnswer(), perFlag));
    }

    private String orDefault(String value, String fallback, String note) {
        if (value != null) {
            return value;
        }
        notes.add(note);
        return fallback;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    /**
     * The version on a tool's first line: the number after "version" ("clang version 19.1.7 (...)"),
     * else the last dotted number ("gcc (Debian 12.2.0-14) 12.2.0" gives 12.2.0).
     */
    static String lastVersion(String line) {
        Matcher named = Pattern.compile("version (\\d+\\.\\d+(?:\\.\\d+)?)").matcher(line);
        if (named.find()) {
            return named.group(1);
        }
        String last = null;
        Matcher m = VERSION.matcher(line);
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
