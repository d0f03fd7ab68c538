package org.kconfigexplorer.kconfig.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A temporary copy of the unpacked Linux 6.12 tree with the three Linux 7.1 definitions the
 * Rust story needs (RUSTC_LLVM_MAJOR_VERSION, RUSTC_CLANG_LLVM_COMPATIBLE, RUST_INLINE_HELPERS),
 * written from the facts sheet. The copy is made of hard links except for the two edited
 * files, so it is quick and nothing of the kernel is ever written into the project.
 */
public final class Rust71Tree {

    private static final String INIT_ADDITIONS = """

            config RUSTC_LLVM_MAJOR_VERSION
            \tint
            \tdefault $(shell,expr $(rustc-llvm-version) / 10000)

            config RUSTC_CLANG_LLVM_COMPATIBLE
            \tbool
            \tdefault y if CC_IS_CLANG && RUSTC_LLVM_MAJOR_VERSION = $(shell,expr $(cc-version) / 10000)
            \thelp
            \t  Clang builds the C code and its LLVM major version equals the one inside rustc.
            """;

    private static final String DEBUG_ADDITIONS = """

            config RUST_INLINE_HELPERS
            \tbool "Inline C helpers into Rust code (EXPERIMENTAL)"
            \tdepends on RUST && RUSTC_CLANG_LLVM_COMPATIBLE
            \tdepends on EXPERT
            \thelp
            \t  Links the LLVM IR of the C helpers with the Rust code so they can be inlined.
            """;

    private Rust71Tree() {
    }

    /** Creates the copy under {@code dest} (which must not exist) and returns its root. */
    public static Path create(Path srctree, Path dest) throws IOException, InterruptedException {
        KernelOracle.run(srctree.getParent(), List.of("cp", "-al", srctree.toString(), dest.toString()),
                java.util.Map.of(), 600);
        insertAfter(dest.resolve("init/Kconfig"), "\tdefault $(rustc-llvm-version)\n", INIT_ADDITIONS);
        insertBefore(dest.resolve("lib/Kconfig.debug"), "endmenu # \"Rust\"", DEBUG_ADDITIONS.substring(1) + "\n");
        return dest;
    }

    /** Replaces a hard link with an edited private copy. */
    private static void rewrite(Path file, String text) throws IOException {
        Files.delete(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void insertAfter(Path file, String anchor, String addition) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(anchor);
        if (at < 0) {
            throw new IOException(file + ": anchor not found: " + anchor.strip());
        }
        int end = at + anchor.length();
        rewrite(file, text.substring(0, end) + addition + text.substring(end));
    }

    private static void insertBefore(Path file, String anchor, String addition) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(anchor);
        if (at < 0) {
            throw new IOException(file + ": anchor not found: " + anchor);
        }
        rewrite(file, text.substring(0, at) + addition + text.substring(at));
    }
}
