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

    /**
     * A small kernel-like source tree: a Makefile with the version, a top Kconfig sourcing
     * arch/$(SRCARCH)/Kconfig and the mini Rust tree's symbols, arches x86 and arm64.
     */
    public static Path kernelTree(Path dir) throws IOException {
        Files.writeString(dir.resolve("Makefile"), "VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 9\nEXTRAVERSION =\n");
        String mini;
        try (InputStream in = TestTrees.class.getResourceAsStream("mini-tree/Kconfig")) {
            mini = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        mini = mini.replace("mainmenu \"Mini Rust model\"", "mainmenu \"Linux/$(ARCH) $(KERNELVERSION) Kernel Configuration\"\n"
                + "source \"arch/$(SRCARCH)/Kconfig\"");
        Files.writeString(dir.resolve("Kconfig"), mini);
        Files.createDirectories(dir.resolve("arch/x86"));
        Files.writeString(dir.resolve("arch/x86/Kconfig"), "config X86_64\n\tdef_bool \"$(ARCH)\" = \"x86_64\"\n");
        Files.createDirectories(dir.resolve("arch/arm64"));
        Files.writeString(dir.resolve("arch/arm64/Kconfig"), "config ARM64\n\tdef_bool y\n");
        return dir;
    }

    /**
     * A kernel-like tree whose top Kconfig sources {@code files} files, each running
     * {@code $(shell,sleep 0.2)} in host mode: slow enough to cancel.
     */
    public static Path slowHostTree(Path dir, int files) throws IOException {
        Files.writeString(dir.resolve("Makefile"), "VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n");
        StringBuilder top = new StringBuilder("mainmenu \"Slow tree\"\nsource \"arch/$(SRCARCH)/Kconfig\"\n");
        Files.createDirectories(dir.resolve("slow"));
        for (int i = 0; i < files; i++) {
            top.append("source \"slow/Kconfig.").append(i).append("\"\n");
            Files.writeString(dir.resolve("slow/Kconfig." + i), "config SLOW_" + i + "\n\tstring\n\tdefault \"$(shell,sleep 0.2; echo "
                    + i + ")\"\n");
        }
        Files.writeString(dir.resolve("Kconfig"), top.toString());
        Files.createDirectories(dir.resolve("arch/x86"));
        Files.writeString(dir.resolve("arch/x86/Kconfig"), "config X86\n\tdef_bool y\n");
        return dir;
    }
}
