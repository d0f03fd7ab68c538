package org.kconfigexplorer.kconfig.toolchain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable description of a kernel build toolchain. In profile mode the toolchain facts
 * that the kernel's Kconfig normally gets by running commands ({@code $(shell,...)}) are
 * answered from a profile by {@link ProfileShell}, and {@link #environment()} gives the
 * variables the kernel Makefile would export to Kconfig for this toolchain.
 *
 * <p>Serialised as JSON with Jackson (see {@link ToolchainProfiles} for the validating loader).
 * The optional tools ({@code rustc}, {@code bindgen}, {@code pahole}) are {@code null} when the
 * toolchain does not have them.
 *
 * @param id           stable identifier (the preset file name without {@code .json})
 * @param name         display name
 * @param description  longer description, may be empty
 * @param cc           the C compiler
 * @param ld           the linker
 * @param as           the assembler
 * @param rustc        the Rust compiler, or null when there is none
 * @param bindgen      bindgen, or null when there is none
 * @param pahole       pahole, or null when there is none (optional; not in every profile)
 * @param arch         the ARCH make variable, e.g. {@code x86_64}
 * @param llvm         whether the build uses {@code LLVM=1}
 * @param crossCompile the CROSS_COMPILE prefix, empty for native builds
 * @param flagProbes   how compiler/linker/assembler/rustc flag probes are answered
 */
@JsonPropertyOrder({"id", "name", "description", "cc", "ld", "as", "rustc", "bindgen", "pahole", "arch", "llvm",
        "crossCompile", "flagProbes"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolchainProfile(
        String id,
        String name,
        String description,
        Cc cc,
        Ld ld,
        As as,
        Rustc rustc,
        Bindgen bindgen,
        Pahole pahole,
        String arch,
        boolean llvm,
        String crossCompile,
        FlagProbes flagProbes) {

    /** C compiler families. */
    public enum CcKind { GCC, CLANG }

    /** Linker families: GNU ld (BFD) or LLVM's ld.lld. */
    public enum LdKind { BFD, LLD }

    /** Assembler families: GNU as, or LLVM's integrated assembler (inside Clang). */
    public enum AsKind { GNU, LLVM }

    /** Default answer for flag probes that {@link FlagProbes#perFlag()} does not mention. */
    public enum ProbeAnswer { SUPPORTED, UNSUPPORTED }

    /** The C compiler: kind and version ({@code MAJOR.MINOR[.PATCH]}). */
    public record Cc(CcKind kind, String version) {
        public Cc {
            Objects.requireNonNull(kind, "cc.kind");
            Objects.requireNonNull(version, "cc.version");
        }

        public Cc withKind(CcKind newKind) {
            return new Cc(newKind, version);
        }

        public Cc withVersion(String newVersion) {
            return new Cc(kind, newVersion);
        }
    }

    /** The linker: kind and version. */
    public record Ld(LdKind kind, String version) {
        public Ld {
            Objects.requireNonNull(kind, "ld.kind");
            Objects.requireNonNull(version, "ld.version");
        }

        public Ld withKind(LdKind newKind) {
            return new Ld(newKind, version);
        }

        public Ld withVersion(String newVersion) {
            return new Ld(kind, newVersion);
        }
    }

    /** The assembler: kind and version (for LLVM, the version of Clang's integrated assembler). */
    public record As(AsKind kind, String version) {
        public As {
            Objects.requireNonNull(kind, "as.kind");
            Objects.requireNonNull(version, "as.version");
        }

        public As withKind(AsKind newKind) {
            return new As(newKind, version);
        }

        public As withVersion(String newVersion) {
            return new As(kind, newVersion);
        }
    }

    /** rustc: its own version and the version of the LLVM it was built with. */
    public record Rustc(String version, String llvmVersion) {
        public Rustc {
            Objects.requireNonNull(version, "rustc.version");
            Objects.requireNonNull(llvmVersion, "rustc.llvmVersion");
        }

        public Rustc withVersion(String newVersion) {
            return new Rustc(newVersion, llvmVersion);
        }

        public Rustc withLlvmVersion(String newLlvmVersion) {
            return new Rustc(version, newLlvmVersion);
        }
    }

    /** bindgen: its version and the version of the libclang it loads. */
    public record Bindgen(String version, String libclangVersion) {
        public Bindgen {
            Objects.requireNonNull(version, "bindgen.version");
            Objects.requireNonNull(libclangVersion, "bindgen.libclangVersion");
        }

        public Bindgen withVersion(String newVersion) {
            return new Bindgen(newVersion, libclangVersion);
        }

        public Bindgen withLibclangVersion(String newLibclangVersion) {
            return new Bindgen(version, newLibclangVersion);
        }
    }

    /** pahole (dwarves), used for BTF generation: version such as {@code 1.28}. */
    public record Pahole(String version) {
        public Pahole {
            Objects.requireNonNull(version, "pahole.version");
        }
    }

    /**
     * How flag probes ({@code cc-option}, {@code ld-option}, {@code as-instr},
     * {@code rustc-option} and compile tests of code snippets) are answered.
     *
     * <p>Keys of {@code perFlag} are a flag as written in the Kconfig file (e.g.
     * {@code -fsanitize=kcfi}), a group of flags passed together (e.g.
     * {@code -mllvm -max-store-memset=4294967294}), an assembler instruction or a C snippet,
     * optionally prefixed by the tool: {@code cc:}, {@code ld:}, {@code as:} or {@code rustc:}.
     * The prefixed key wins over the plain one; keys not present get {@code defaultAnswer}.
     *
     * @param defaultAnswer answer for probes not listed
     * @param perFlag       explicit answers, true = supported
     */
    @JsonPropertyOrder({"defaultAnswer", "perFlag"})
    public record FlagProbes(ProbeAnswer defaultAnswer, Map<String, Boolean> perFlag) {

        /** Every probe succeeds. */
        public static final FlagProbes ALL_SUPPORTED = new FlagProbes(ProbeAnswer.SUPPORTED, Map.of());

        public FlagProbes {
            Objects.requireNonNull(defaultAnswer, "flagProbes.defaultAnswer");
            perFlag = perFlag == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(perFlag));
        }

        public FlagProbes withDefaultAnswer(ProbeAnswer answer) {
            return new FlagProbes(answer, perFlag);
        }

        /** A copy with {@code flag} answered explicitly. */
        public FlagProbes withFlag(String flag, boolean supported) {
            Map<String, Boolean> copy = new TreeMap<>(perFlag);
            copy.put(flag, supported);
            return new FlagProbes(defaultAnswer, copy);
        }

        /** A copy without an explicit answer for {@code flag}. */
        public FlagProbes withoutFlag(String flag) {
            Map<String, Boolean> copy = new TreeMap<>(perFlag);
            copy.remove(flag);
            return new FlagProbes(defaultAnswer, copy);
        }
    }

    public ToolchainProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cc, "cc");
        Objects.requireNonNull(ld, "ld");
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(arch, "arch");
        description = description == null ? "" : description;
        crossCompile = crossCompile == null ? "" : crossCompile;
        flagProbes = flagProbes == null ? FlagProbes.ALL_SUPPORTED : flagProbes;
    }

    /** True when the profile has a rustc. */
    @JsonIgnore
    public boolean hasRustc() {
        return rustc != null;
    }

    /** True when the profile has bindgen. */
    @JsonIgnore
    public boolean hasBindgen() {
        return bindgen != null;
    }

    /**
     * The SRCARCH the kernel Makefile derives from ARCH (x86_64 and i386 build arch/x86, and so
     * on); other values are used as they are.
     */
    @JsonIgnore
    public String srcArch() {
        return switch (arch) {
            case "x86_64", "i386", "x86" -> "x86";
            case "sparc64", "sparc32" -> "sparc";
            case "parisc64" -> "parisc";
            case "sh64" -> "sh";
            default -> arch;
        };
    }

    /** The value of {@code $(CC)}: clang under LLVM=1 or for Clang, else CROSS_COMPILE + gcc. */
    @JsonIgnore
    public String ccCommand() {
        return llvm || cc.kind() == CcKind.CLANG ? "clang" : crossCompile + "gcc";
    }

    /** The value of {@code $(LD)}: ld.lld under LLVM=1 or for LLD, else CROSS_COMPILE + ld. */
    @JsonIgnore
    public String ldCommand() {
        return llvm || ld.kind() == LdKind.LLD ? "ld.lld" : crossCompile + "ld";
    }

    /** First line of {@code $(CC) --version}, as the Makefile exports it in CC_VERSION_TEXT. */
    @JsonIgnore
    public String ccVersionText() {
        return cc.kind() == CcKind.CLANG
                ? "clang version " + cc.version()
                : ccCommand() + " (GCC) " + cc.version();
    }

    /** First line of {@code $(RUSTC) --version}, or empty when there is no rustc. */
    @JsonIgnore
    public String rustcVersionText() {
        return rustc == null ? "" : "rustc " + rustc.version();
    }

    /**
     * The CLANG_FLAGS the kernel's scripts/Makefile.clang exports when the compiler is Clang
     * (empty for GCC, where the variable is not exported at all).
     */
    @JsonIgnore
    public String clangFlags() {
        if (cc.kind() != CcKind.CLANG) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String triple = clangTarget(srcArch());
        if (triple != null) {
            sb.append("--target=").append(triple).append(' ');
        }
        if (as.kind() == AsKind.LLVM) {
            sb.append("-fintegrated-as");
        } else {
            sb.append("-fno-integrated-as --prefix=/usr/bin/").append(crossCompile);
        }
        sb.append(" -Werror=unknown-warning-option -Werror=ignored-optimization-argument")
                .append(" -Werror=option-ignored -Werror=unused-command-line-argument");
        return sb.toString();
    }

    private static String clangTarget(String srcArch) {
        return switch (srcArch) {
            case "arm" -> "arm-linux-gnueabi";
            case "arm64" -> "aarch64-linux-gnu";
            case "hexagon" -> "hexagon-linux-musl";
            case "loongarch" -> "loongarch64-linux-gnusf";
            case "m68k" -> "m68k-linux-gnu";
            case "mips" -> "mipsel-linux-gnu";
            case "powerpc" -> "powerpc64le-linux-gnu";
            case "riscv" -> "riscv64-linux-gnu";
            case "s390" -> "s390x-linux-gnu";
            case "x86", "um" -> "x86_64-linux-gnu";
            default -> null;
        };
    }

    /**
     * The environment variables the kernel Makefile exports to Kconfig for this toolchain
     * (CC, LD, HOSTCC, HOSTCXX, RUSTC, BINDGEN, PAHOLE, ARCH, SRCARCH, CROSS_COMPILE,
     * CC_VERSION_TEXT, RUSTC_VERSION_TEXT, the binutils-like tools, LLVM when set and
     * CLANG_FLAGS for Clang). Like the Makefile, RUSTC, BINDGEN and PAHOLE name the tool even
     * when the profile has none (the scripts then find it missing). KERNELVERSION and srctree
     * are left to the caller.
     */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ARCH", arch);
        env.put("SRCARCH", srcArch());
        env.put("CROSS_COMPILE", crossCompile);
        if (llvm) {
            env.put("LLVM", "1");
        }
        env.put("CC", ccCommand());
        env.put("LD", ldCommand());
        for (String tool : new String[] {"AR", "NM", "OBJCOPY", "OBJDUMP", "READELF", "STRIP"}) {
            String lower = tool.toLowerCase(java.util.Locale.ROOT);
            env.put(tool, llvm ? "llvm-" + lower : crossCompile + lower);
        }
        env.put("HOSTCC", llvm ? "clang" : "gcc");
        env.put("HOSTCXX", llvm ? "clang++" : "g++");
        env.put("RUSTC", "rustc");
        env.put("BINDGEN", "bindgen");
        env.put("PAHOLE", "pahole");
        env.put("CC_VERSION_TEXT", ccVersionText());
        env.put("RUSTC_VERSION_TEXT", rustcVersionText());
        if (cc.kind() == CcKind.CLANG) {
            env.put("CLANG_FLAGS", clangFlags());
        }
        return Collections.unmodifiableMap(env);
    }

    // ---- copy helpers (the UI edits profiles one field at a time) ----

    public ToolchainProfile withId(String v) {
        return new ToolchainProfile(v, name, description, cc, ld, as, rustc, bindgen, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withName(String v) {
        return new ToolchainProfile(id, v, description, cc, ld, as, rustc, bindgen, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withDescription(String v) {
        return new ToolchainProfile(id, name, v, cc, ld, as, rustc, bindgen, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withCc(Cc v) {
        return new ToolchainProfile(id, name, description, v, ld, as, rustc, bindgen, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withLd(Ld v) {
        return new ToolchainProfile(id, name, description, cc, v, as, rustc, bindgen, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withAs(As v) {
        return new ToolchainProfile(id, name, description, cc, ld, v, rustc, bindgen, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    /** A copy with another rustc; null removes rustc. */
    public ToolchainProfile withRustc(Rustc v) {
        return new ToolchainProfile(id, name, description, cc, ld, as, v, bindgen, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    /** A copy with another bindgen; null removes bindgen. */
    public ToolchainProfile withBindgen(Bindgen v) {
        return new ToolchainProfile(id, name, description, cc, ld, as, rustc, v, pahole, arch, llvm,
                crossCompile, flagProbes);
    }

    /** A copy with another pahole; null removes pahole. */
    public ToolchainProfile withPahole(Pahole v) {
        return new ToolchainProfile(id, name, description, cc, ld, as, rustc, bindgen, v, arch, llvm,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withArch(String v) {
        return new ToolchainProfile(id, name, description, cc, ld, as, rustc, bindgen, pahole, v, llvm,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withLlvm(boolean v) {
        return new ToolchainProfile(id, name, description, cc, ld, as, rustc, bindgen, pahole, arch, v,
                crossCompile, flagProbes);
    }

    public ToolchainProfile withCrossCompile(String v) {
        return new ToolchainProfile(id, name, description, cc, ld, as, rustc, bindgen, pahole, arch, llvm,
                v, flagProbes);
    }

    public ToolchainProfile withFlagProbes(FlagProbes v) {
        return new ToolchainProfile(id, name, description, cc, ld, as, rustc, bindgen, pahole, arch, llvm,
                crossCompile, v);
    }
}
