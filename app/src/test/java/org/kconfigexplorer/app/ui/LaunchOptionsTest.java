package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void readsTreeProfileSelectAndTheme() {
        LaunchOptions o = LaunchOptions.parse(List.of("--tree", "/tmp/linux", "--profile=clang19-rustc185-llvm19",
                "--select", "RUST_INLINE_HELPERS", "--theme", "dark"));
        assertThat(o.tree()).isEqualTo(Path.of("/tmp/linux"));
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
    void noArgumentsMeanTheEmbeddedModel() {
        assertThat(LaunchOptions.parse(List.of())).isEqualTo(LaunchOptions.defaults());
    }
}
