package org.kconfigexplorer.kconfig.explain;

import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/** A toolchain-profile field in words, with the profile's value: "the C compiler is GCC". */
public final class ProfileFieldText {

    private ProfileFieldText() {
    }

    /** The field as a fact about {@code profile}; the bare field name when there is no profile. */
    public static String describe(ToolchainProfile p, String field) {
        if (p == null) {
            return field;
        }
        if (field.startsWith("flagProbes")) {
            return "the profile's answer to a flag probe";
        }
        return switch (field) {
            case "cc.kind" -> "the C compiler is " + (p.cc().kind() == ToolchainProfile.CcKind.CLANG ? "Clang" : "GCC");
            case "cc.version" -> "the C compiler's version is " + p.cc().version();
            case "ld.kind" -> "the linker is " + (p.ld().kind() == ToolchainProfile.LdKind.LLD ? "ld.lld" : "GNU ld");
            case "ld.version" -> "the linker's version is " + p.ld().version();
            case "as.kind" -> "the assembler is " + (p.as().kind() == ToolchainProfile.AsKind.LLVM ? "LLVM's" : "GNU as");
            case "as.version" -> "the assembler's version is " + p.as().version();
            case "rustc" -> p.rustc() == null ? "there is no rustc" : "rustc is installed";
            case "rustc.version" -> p.rustc() == null ? "there is no rustc" : "rustc is " + p.rustc().version();
            case "rustc.llvmVersion" -> p.rustc() == null ? "there is no rustc"
                    : "rustc is built on LLVM " + p.rustc().llvmVersion();
            case "bindgen" -> p.bindgen() == null ? "there is no bindgen" : "bindgen is installed";
            case "bindgen.version" -> p.bindgen() == null ? "there is no bindgen" : "bindgen is " + p.bindgen().version();
            case "bindgen.libclangVersion" -> p.bindgen() == null ? "there is no bindgen"
                    : "bindgen loads libclang " + p.bindgen().libclangVersion();
            case "pahole" -> p.pahole() == null ? "there is no pahole" : "pahole is installed";
            case "pahole.version" -> p.pahole() == null ? "there is no pahole" : "pahole is " + p.pahole().version();
            case "llvm" -> p.llvm() ? "the build uses LLVM=1" : "the build does not use LLVM=1";
            case "crossCompile" -> "CROSS_COMPILE is '" + p.crossCompile() + "'";
            case "arch" -> "ARCH is " + p.arch();
            default -> field;
        };
    }
}
