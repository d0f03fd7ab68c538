package org.kconfigexplorer.kconfig.kernel;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a Linux 6.12 tree answer like 7.1 for the RUST_INLINE_HELPERS story: links the Kconfig
 * files (plus the top Makefile, scripts/min-tool-version.sh and the arch defconfigs) of an unpacked tree into a new folder
 * and adds the three 7.1 definitions RUSTC_LLVM_MAJOR_VERSION, RUSTC_CLANG_LLVM_COMPATIBLE
 * (init/Kconfig, after RUSTC_LLVM_VERSION) and RUST_INLINE_HELPERS (lib/Kconfig.debug, after
 * RUST_KERNEL_DOCTESTS). For tests and benchmarks; the source tree is never written to (the two
 * edited files are written anew, not through the links) and nothing is kept in the project.
 */
public final class RustInlineHelpersTree {

    static final String INIT_DEFINITIONS = """
            config RUSTC_LLVM_MAJOR_VERSION
            \tint
            \tdefault $(shell,expr $(rustc-llvm-version) / 10000)

            config RUSTC_CLANG_LLVM_COMPATIBLE
            \tbool
            \tdefault y if CC_IS_CLANG && RUSTC_LLVM_MAJOR_VERSION = $(shell,expr $(cc-version) / 10000)
            \thelp
            \t  Set when C is compiled by Clang whose LLVM major version is the one rustc was built on.

            """;

    static final String DEBUG_DEFINITIONS = """
            config RUST_INLINE_HELPERS
            \tbool "Inline C helpers into Rust code (EXPERIMENTAL)"
            \tdepends on RUST && RUSTC_CLANG_LLVM_COMPATIBLE
            \tdepends on EXPERT
            \thelp
            \t  Link the LLVM IR of the C helpers with the Rust code before code
            \t  generation, so that the helpers are inlined into Rust callers.

            """;

    private RustInlineHelpersTree() {
    }

    /** Prepares {@code dest} (created if needed) from the unpacked 6.12 tree {@code src}; returns dest. */
    public static Path prepare(Path src, Path dest) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = p.getFileName().toString();
                Path rel = src.relativize(p);
                boolean wanted = name.startsWith("Kconfig") || rel.toString().equals("Makefile")
                        || rel.toString().equals("scripts/min-tool-version.sh")
                        || (rel.getNameCount() == 4 && rel.getName(0).toString().equals("arch")
                            && rel.getName(2).toString().equals("configs"));
                if (!wanted || !Files.isRegularFile(p)) {
                    continue;
                }
                Path target = dest.resolve(rel.toString());
                Files.createDirectories(target.getParent());
                link(p, target);
            }
        }
        insertAfterEntry(dest.resolve("init/Kconfig"), "config RUSTC_LLVM_VERSION", INIT_DEFINITIONS);
        insertAfterEntry(dest.resolve("lib/Kconfig.debug"), "config RUST_KERNEL_DOCTESTS", DEBUG_DEFINITIONS);
        return dest;
    }

    private static void link(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (FileAlreadyExistsException e) {
            // prepared before
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to);
        }
    }

    /** Puts {@code text} after the entry that starts with {@code anchor} (before the next one). */
    private static void insertAfterEntry(Path file, String anchor, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.stream().anyMatch(l -> l.equals(text.lines().findFirst().orElseThrow()))) {
            return;
        }
        int at = lines.indexOf(anchor);
        if (at < 0) {
            throw new IOException(file + ": no \"" + anchor + "\"");
        }
        int insert = at + 1;
        while (insert < lines.size() && !lines.get(insert).startsWith("config ")
                && !lines.get(insert).startsWith("endmenu") && !lines.get(insert).startsWith("menu")) {
            insert++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == insert) {
                sb.append(text);
            }
            sb.append(lines.get(i)).append('\n');
        }
        Files.delete(file);
        Files.writeString(file, sb.toString());
    }
}
