package org.kconfigexplorer.kconfig.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void kernelVersionFromTheMakefileWithEmptyExtraversion() throws Exception {
        Files.writeString(dir.resolve("Makefile"),
                "# SPDX\nVERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 117\nEXTRAVERSION =\nNAME = Baby Opossum Posse\n");
        assertThat(KernelEnvironment.kernelVersion(dir)).isEqualTo("6.12.117");
        Files.writeString(dir.resolve("Makefile"), "VERSION = 7\nPATCHLEVEL = 1\nSUBLEVEL = 0\nEXTRAVERSION = -rc2\n");
        assertThat(KernelEnvironment.kernelVersion(dir)).isEqualTo("7.1.0-rc2");
    }

    @Test
    void archMapsToSrcarchAndToolDefaultsCanBeOverridden() {
        assertThat(KernelEnvironment.srcArch("x86_64")).isEqualTo("x86");
        assertThat(KernelEnvironment.srcArch("i386")).isEqualTo("x86");
        assertThat(KernelEnvironment.srcArch("arm64")).isEqualTo("arm64");
        Map<String, String> env = KernelEnvironment.forTree(dir, "riscv", Map.of("PATH", "/bin"),
                Map.of("CC", "clang"));
        assertThat(env).containsEntry("SRCARCH", "riscv").containsEntry("CC", "clang").containsEntry("LD", "ld")
                .containsEntry("RUSTC", "rustc").containsEntry("PATH", "/bin")
                .containsEntry("srctree", dir.toAbsolutePath().normalize().toString());
    }
}
