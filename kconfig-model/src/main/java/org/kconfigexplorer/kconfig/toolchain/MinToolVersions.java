package org.kconfigexplorer.kconfig.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimum tool versions a kernel release accepts (what its scripts/min-tool-version.sh
 * prints). {@link ProfileShell} uses them to answer the version scripts and
 * rust_is_available.sh the way that kernel's scripts would.
 *
 * @param gcc      minimum GCC
 * @param binutils minimum GNU binutils (assembler and BFD linker)
 * @param llvm     minimum Clang/LLD/libclang on most architectures
 * @param rustc    minimum rustc
 * @param bindgen  minimum bindgen
 */
public record MinToolVersions(Version gcc, Version binutils, Version llvm, Version rustc, Version bindgen) {

    /**
     * Linux 7.1, which the embedded model describes: rustc 1.85.0 and bindgen 0.71.1. The GCC
     * and binutils minimums are those raised in 6.15 (GCC 8.1, binutils 2.30).
     */
    public static final MinToolVersions LINUX_7_1 = of("8.1.0", "2.30.0", "13.0.1", "1.85.0", "0.71.1");

    /** Linux 6.12 (the Debian linux-source-6.12 package). */
    public static final MinToolVersions LINUX_6_12 = of("5.1.0", "2.25.0", "13.0.1", "1.78.0", "0.65.1");

    private static final Pattern CASE_ARM = Pattern.compile("^([a-z0-9_-]+)\\)$");
    private static final Pattern ECHO_VERSION = Pattern.compile("^echo\\s+(\\d+\\.\\d+(\\.\\d+)?)$");

    public MinToolVersions {
        Objects.requireNonNull(gcc, "gcc");
        Objects.requireNonNull(binutils, "binutils");
        Objects.requireNonNull(llvm, "llvm");
        Objects.requireNonNull(rustc, "rustc");
        Objects.requireNonNull(bindgen, "bindgen");
    }

    /** Builds from version texts ({@code MAJOR.MINOR[.PATCH]}). */
    public static MinToolVersions of(String gcc, String binutils, String llvm, String rustc, String bindgen) {
        return new MinToolVersions(Version.parse(gcc), Version.parse(binutils), Version.parse(llvm),
                Version.parse(rustc), Version.parse(bindgen));
    }

    /**
     * The minimums a kernel tree states in its scripts/min-tool-version.sh (read, never run):
     * for each tool the last version its case arm echoes, which is the general one (arch
     * specific ones come first, as for llvm on s390). Tools the script lacks keep {@code fallback}'s.
     */
    public static MinToolVersions fromScript(String script, MinToolVersions fallback) {
        Map<String, Version> found = new HashMap<>();
        String tool = null;
        for (String raw : script.split("\n")) {
            String line = raw.strip();
            Matcher arm = CASE_ARM.matcher(line);
            if (arm.matches()) {
                tool = arm.group(1);
                continue;
            }
            if (line.equals(";;")) {
                tool = null;
                continue;
            }
            Matcher echo = ECHO_VERSION.matcher(line);
            if (tool != null && echo.matches()) {
                found.put(tool, Version.parse(echo.group(1)));
            }
        }
        return new MinToolVersions(found.getOrDefault("gcc", fallback.gcc()),
                found.getOrDefault("binutils", fallback.binutils()), found.getOrDefault("llvm", fallback.llvm()),
                found.getOrDefault("rustc", fallback.rustc()), found.getOrDefault("bindgen", fallback.bindgen()));
    }

    /** The minimums of a kernel tree: its scripts/min-tool-version.sh, else Linux 6.12's. */
    public static MinToolVersions forTree(Path srctree) {
        return forTree(srctree, LINUX_6_12);
    }

    /** The minimums of a kernel tree: its scripts/min-tool-version.sh, with {@code fallback}'s for what it lacks. */
    public static MinToolVersions forTree(Path srctree, MinToolVersions fallback) {
        Path script = srctree.resolve("scripts/min-tool-version.sh");
        try {
            return Files.isRegularFile(script) ? fromScript(Files.readString(script), fallback) : fallback;
        } catch (IOException e) {
            return fallback;
        }
    }

    /** The LLVM minimum for a source architecture: some architectures need a newer LLVM. */
    public Version llvmFor(String srcArch) {
        if ("s390".equals(srcArch)) {
            return max(llvm, new Version(15, 0, 0));
        }
        if ("loongarch".equals(srcArch)) {
            return max(llvm, new Version(18, 0, 0));
        }
        return llvm;
    }

    private static Version max(Version a, Version b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
