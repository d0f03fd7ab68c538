package org.kconfigexplorer.kconfig.fix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.As;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.AsKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Bindgen;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Cc;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Ld;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.LdKind;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Pahole;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.Rustc;
import org.kconfigexplorer.kconfig.toolchain.Version;

/**
 * The catalogue of toolchain-profile changes a fix may propose. Each is one step a user can take
 * on the make command line or by installing a tool:
 * <ul>
 * <li>{@code clang-at-rustc-llvm}: C compiler Clang with the version of rustc's LLVM, LLVM=1
 *     (ld.lld and the integrated assembler of that version)</li>
 * <li>{@code clang}: C compiler Clang (bindgen's libclang version, else {@value #DEFAULT_CLANG}), LLVM=1 (no rustc to match)</li>
 * <li>{@code gcc}: C compiler GCC {@value #DEFAULT_GCC} with GNU binutils {@value #DEFAULT_BINUTILS}, no LLVM=1</li>
 * <li>{@code llvm-1}: keep Clang, add LLVM=1 (ld.lld, integrated assembler)</li>
 * <li>{@code rustc-at-clang-llvm}: a rustc built on the LLVM of the C compiler (Clang)</li>
 * <li>{@code rustc-minimum}: rustc raised to (or installed at) the tree's minimum</li>
 * <li>{@code bindgen-minimum}: bindgen raised to (or installed at) the tree's minimum</li>
 * <li>{@code no-bindgen}, {@code no-rustc}: remove the tool</li>
 * <li>{@code pahole}: install pahole {@value #DEFAULT_PAHOLE}</li>
 * </ul>
 * A mutation applies only when it changes the profile; the fix search tries those touching a
 * field behind the toolchain facts it needs, and keeps a mutation only after re-parsing the
 * tree with the mutated profile and verifying the request there.
 */
public final class ProfileMutations {

    static final String DEFAULT_CLANG = "19.1.7";
    static final String DEFAULT_GCC = "14.2.0";
    static final String DEFAULT_BINUTILS = "2.43";
    static final String DEFAULT_PAHOLE = "1.28";

    /** One catalogue entry applied to a profile. */
    public record Mutation(ProfileChange change, ToolchainProfile result) { }

    private ProfileMutations() {
    }

    /** The catalogue entries that change {@code p} and touch at least one of {@code fields}. */
    public static List<Mutation> applicable(ToolchainProfile p, MinToolVersions min, Collection<String> fields) {
        List<Mutation> all = new ArrayList<>();
        Rustc rustc = p.rustc();
        boolean clang = p.cc().kind() == CcKind.CLANG;
        if (rustc != null) {
            add(all, p, "clang-at-rustc-llvm", "C compiler: Clang " + rustc.llvmVersion()
                    + " with LLVM=1 (the LLVM major of rustc)", CC_FIELDS, q -> llvmToolchain(q, rustc.llvmVersion()));
        } else if (!clang) {
            String v = p.bindgen() != null ? p.bindgen().libclangVersion() : DEFAULT_CLANG;
            add(all, p, "clang", "C compiler: Clang " + v + " with LLVM=1", CC_FIELDS, q -> llvmToolchain(q, v));
        }
        if (clang) {
            add(all, p, "gcc", "C compiler: GCC " + DEFAULT_GCC + " with GNU binutils " + DEFAULT_BINUTILS
                    + " (no LLVM=1)", CC_FIELDS, ProfileMutations::gnuToolchain);
            add(all, p, "llvm-1", "Build with LLVM=1 (ld.lld, integrated assembler " + p.cc().version() + ")",
                    List.of("llvm", "ld.kind", "ld.version", "as.kind", "as.version"),
                    q -> llvmToolchain(q, q.cc().version()));
            if (rustc != null) {
                add(all, p, "rustc-at-clang-llvm", "rustc built on LLVM " + p.cc().version()
                        + " (the LLVM major of Clang)", List.of("rustc.llvmVersion"),
                        q -> q.withRustc(rustc.withLlvmVersion(q.cc().version())));
            }
        }
        String rustMin = min.rustc().toString();
        if (rustc == null || !Version.parse(rustc.version()).atLeast(min.rustc())) {
            String llvm = rustc != null ? rustc.llvmVersion() : clang ? p.cc().version() : DEFAULT_CLANG;
            add(all, p, "rustc-minimum", "rustc " + rustMin + " (the minimum; LLVM " + llvm + ")",
                    List.of("rustc", "rustc.version"), q -> q.withRustc(new Rustc(rustMin, llvm)));
        }
        String bindMin = min.bindgen().toString();
        if (p.bindgen() == null || !Version.parse(p.bindgen().version()).atLeast(min.bindgen())) {
            String libclang = p.bindgen() != null ? p.bindgen().libclangVersion() : clang ? p.cc().version()
                    : rustc != null ? rustc.llvmVersion() : DEFAULT_CLANG;
            add(all, p, "bindgen-minimum", "bindgen " + bindMin + " (the minimum; libclang " + libclang + ")",
                    List.of("bindgen", "bindgen.version", "bindgen.libclangVersion"),
                    q -> q.withBindgen(new Bindgen(bindMin, libclang)));
        }
        if (p.bindgen() != null) {
            add(all, p, "no-bindgen", "Remove bindgen", List.of("bindgen"), q -> q.withBindgen(null));
        }
        if (rustc != null) {
            add(all, p, "no-rustc", "Remove rustc", List.of("rustc"), q -> q.withRustc(null));
        }
        if (p.pahole() == null) {
            add(all, p, "pahole", "Install pahole " + DEFAULT_PAHOLE, List.of("pahole", "pahole.version"),
                    q -> q.withPahole(new Pahole(DEFAULT_PAHOLE)));
        }
        List<Mutation> out = new ArrayList<>();
        for (Mutation m : all) {
            if (m.change().fields().stream().anyMatch(fields::contains)) {
                out.add(m);
            }
        }
        return out;
    }

    private static final List<String> CC_FIELDS = List.of("cc.kind", "cc.version", "llvm", "ld.kind", "ld.version",
            "as.kind", "as.version");

    private static void add(List<Mutation> out, ToolchainProfile p, String id, String description,
                            List<String> fields, UnaryOperator<ToolchainProfile> change) {
        ToolchainProfile result = change.apply(p);
        if (!result.equals(p)) {
            out.add(new Mutation(new ProfileChange(id, description, fields),
                    result.withId(p.id() + "+" + id).withName(p.name() + " + " + description)));
        }
    }

    private static ToolchainProfile llvmToolchain(ToolchainProfile p, String version) {
        return p.withCc(new Cc(CcKind.CLANG, version)).withLlvm(true).withLd(new Ld(LdKind.LLD, version))
                .withAs(new As(AsKind.LLVM, version));
    }

    private static ToolchainProfile gnuToolchain(ToolchainProfile p) {
        return p.withCc(new Cc(CcKind.GCC, DEFAULT_GCC)).withLlvm(false).withLd(new Ld(LdKind.BFD, DEFAULT_BINUTILS))
                .withAs(new As(AsKind.GNU, DEFAULT_BINUTILS));
    }
}
