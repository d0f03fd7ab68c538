package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.opentree.KernelTreeSource;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

class LaunchOptionsTest {

    @Test
    void readsTreeProfileSelectAndTheme() {
        LaunchOptions o = LaunchOptions.parse(List.of("--tree", "/tmp/linux", "--profile=clang19-rustc185-llvm19",
                "--select", "RUST_INLINE_HELPERS", "--theme", "dark", "--arch=arm64"));
        assertThat(o.tree()).isEqualTo(Path.of("/tmp/linux"));
        assertThat(o.arch()).isEqualTo("arm64");
        assertThat(o.profileId()).isEqualTo("clang19-rustc185-llvm19");
        assertThat(o.select()).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(o.theme()).isEqualTo(Theme.DARK);
        assertThat(o.problems()).isEmpty();
    }

    @Test
    void badArgumentsBecomeProblemsNotExceptions() {
        LaunchOptions o = LaunchOptions.parse(List.of("--bogus", "--theme", "purple", "--tree"));
        assertThat(o.tree()).isNull();
        assertThat(o.theme()).isEqualTo(Theme.LIGHT);
        assertThat(o.problems()).hasSize(3);
        assertThat(o.problems().get(0)).contains("--bogus");
        assertThat(o.problems().get(2)).contains("--tree needs a value");
    }

    @Test
    void aKernelSourceTreeOpensAsOneWithItsArchAnyOtherDirectoryAsPlainKconfig(@TempDir Path dir)
            throws java.io.IOException {
        ToolchainProfile profile = ToolchainProfiles.defaultPreset();
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("Kconfig"), "config A\n\tbool \"a\"\n");
        assertThat(ExplorerWindow.sourceOf(LaunchOptions.parse(List.of("--tree", plain.toString())), profile))
                .isNotInstanceOf(KernelTreeSource.class);

        Path kernel = Files.createDirectories(dir.resolve("linux"));
        Files.writeString(kernel.resolve("Kconfig"), "source \"arch/$(SRCARCH)/Kconfig\"\n");
        Files.writeString(kernel.resolve("Makefile"), "VERSION = 6\nPATCHLEVEL = 12\n");
        Files.createDirectories(kernel.resolve("arch/arm64"));
        // As File > Open kernel tree in profile mode: make's environment (ARCH, SRCARCH, PYTHON3, ...), nothing run.
        assertThat(ExplorerWindow.sourceOf(LaunchOptions.parse(List.of("--tree", kernel.toString())), profile))
                .isEqualTo(KernelTreeSource.withProfile(kernel, profile.arch()));
        assertThat(ExplorerWindow.sourceOf(LaunchOptions.parse(List.of("--tree", kernel.toString(), "--arch",
                "arm64")), profile)).isEqualTo(KernelTreeSource.withProfile(kernel, "arm64"));
        assertThat(ExplorerWindow.sourceOf(LaunchOptions.defaults(), profile).describe())
                .isEqualTo(org.kconfigexplorer.app.ui.explorer.SessionSource.embedded().describe());
    }

    @Test
    void noArgumentsMeanTheEmbeddedModel() {
        assertThat(LaunchOptions.parse(List.of())).isEqualTo(LaunchOptions.defaults());
    }
}
