package org.kconfigexplorer.kconfig.toolchain;

import java.util.Objects;

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
