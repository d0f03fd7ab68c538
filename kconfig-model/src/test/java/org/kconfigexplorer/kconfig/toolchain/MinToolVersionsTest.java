package org.kconfigexplorer.kconfig.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinToolVersionsTest {

    @Test
    void readsTheGeneralVersionOfEachToolFromTheScript() {
        String script = """
                case "$1" in
                binutils)
                \techo 2.30.0
                \t;;
                gcc)
                \tif [ "$ARCH" = parisc64 ]; then
                \t\techo 12.0.0
                \telse
                \t\techo 8.1.0
                \tfi
                \t;;
                rustc)
                \techo 1.85.0
                \t;;
                esac
                """;
        MinToolVersions v = MinToolVersions.fromScript(script, MinToolVersions.LINUX_6_12);
        assertThat(v.gcc()).isEqualTo(Version.parse("8.1.0"));
        assertThat(v.binutils()).isEqualTo(Version.parse("2.30.0"));
        assertThat(v.rustc()).isEqualTo(Version.parse("1.85.0"));
        assertThat(v.bindgen()).isEqualTo(MinToolVersions.LINUX_6_12.bindgen());
    }
}
