package org.kconfigexplorer.kconfig.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.parse.KconfigFixture;

class ConfigReaderTest {

    @TempDir
    Path dir;

    private KconfigModel model() {
        return KconfigFixture.model(dir, """
                config B
                \tbool "b"
                config N
                \tint "n"
                config S
                \tstring "s"
                """);
    }

    @Test
    void badLinesAndValuesAreWarnedWithFileAndLine() {
        KconfigModel m = model();
        List<Diagnostic> warnings = ConfigReader.read(m, """
                # comment
                CONFIG_B=maybe
                garbage
                CONFIG_N=12x
                CONFIG_S="unterminated
                CONFIG_B=y
                CONFIG_B=n
                CONFIG_GONE=y
                """, "my.config", true);
        assertThat(warnings).extracting(Diagnostic::toString).containsExactly(
                "my.config:2: warning: symbol value 'maybe' invalid for B",
                "my.config:3: warning: unexpected data: garbage",
                "my.config:4: warning: symbol value '12x' invalid for N",
                "my.config:5: warning: invalid string found",
                "my.config:7: warning: override: reassigning to symbol B",
                "my.config:8: warning: unknown symbol: GONE");
        assertThat(m.symbol("B").stringValue()).isEqualTo("n");
    }

    @Test
    void unknownSymbolsAreQuietUnlessAsked() {
        assertThat(ConfigReader.read(model(), "CONFIG_GONE=y\n", ".config")).isEmpty();
    }

    @Test
    void stringsAreUnescapedAndWrittenBackEscaped() {
        KconfigModel m = model();
        ConfigReader.read(m, "CONFIG_S=\"a \\\"quoted\\\" \\\\ path\"\n", ".config");
        assertThat(m.symbol("S").stringValue()).isEqualTo("a \"quoted\" \\ path");
        assertThat(ConfigWriter.symbolLine(m.symbol("S"))).isEqualTo("CONFIG_S=\"a \\\"quoted\\\" \\\\ path\"\n");
    }
}
