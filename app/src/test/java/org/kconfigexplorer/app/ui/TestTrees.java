package org.kconfigexplorer.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** Kconfig trees and presets for the explorer's tests. */
public final class TestTrees {

    public static final String GCC = "gcc14-rustc185-llvm19";
    public static final String CLANG19 = "clang19-rustc185-llvm19";
    public static final String CLANG20 = "clang20-rustc185-llvm19";
    public static final String CLANG19_RUSTC184 = "clang19-rustc184-llvm19";

    private TestTrees() {
    }

    public static ToolchainProfile preset(String id) {
        return ToolchainProfiles.preset(id).orElseThrow(() -> new AssertionError("no preset " + id));
    }

    /** Writes the mini Rust tree (see mini-tree/Kconfig in the test resources) into {@code dir}. */
    public static Path miniTree(Path dir) throws IOException {
        try (InputStream in = TestTrees.class.getResourceAsStream("mini-tree/Kconfig")) {
            if (in == null) {
                throw new IOException("mini-tree/Kconfig is missing from the test resources");
            }
            Files.write(dir.resolve("Kconfig"), in.readAllBytes());
        }
        return dir;
    }

    /**
     * A tree whose top Kconfig is fine but whose second file has a syntax error on line 4;
     * FINE_OPTION and AFTER_ERROR load anyway.
     */
    public static Path brokenTree(Path dir) throws IOException {
        Files.writeString(dir.resolve("Kconfig"), String.join("\n",
                "mainmenu \"Broken tree\"",
                "",
                "config FINE_OPTION",
                "\tbool \"A fine option\"",
                "",
                "source \"broken/Kconfig\"",
                ""), StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/Kconfig"), String.join("\n",
                "config BEFORE_ERROR",
                "\tbool \"Before the error\"",
                "",
                "config BROKEN ((",
                "\tbool \"Broken\"",
                "",
                "config AFTER_ERROR",
                "\tbool \"After the error\"",
                ""), StandardCharsets.UTF_8);
        return dir;
    }
}
