package org.kconfigexplorer.kconfig.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.parse.KconfigFixture;

/** Expressions print as Kconfig source would: parentheses only where precedence needs them. */
class ExprFormatterTest {

    @TempDir
    Path dir;

    @Test
    void parenthesesFollowPrecedence() {
        KconfigModel m = KconfigFixture.model(dir, """
                config A
                \tbool "A"
                \tdefault y
                config B
                \tbool "B"
                config C
                \tstring "C"
                config T
                \tbool "T"
                \tdepends on (A || B) && !(A && B) && C != "foo" || !A
                """);
        var deps = m.symbol("T").directDeps();
        assertThat(ExprFormatter.format(deps)).isEqualTo("(A || B) && !(A && B) && C != \"foo\" || !A");
        assertThat(ExprFormatter.formatWithValues(deps))
                .isEqualTo("(A [=y] || B [=n]) && !(A [=y] && B [=n]) && C [=] != \"foo\" || !A [=y]");
        assertThat(ExprFormatter.format(null)).isEqualTo("y");
    }

    @Test
    void aLongChainOfSelectorsPrintsEveryTermInOrder() {
        StringBuilder kconfig = new StringBuilder("config TARGET\n\tbool\n");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            kconfig.append("config S").append(i).append("\n\tbool \"S").append(i).append("\"\n")
                    .append("\tselect TARGET if A").append(i % 3 == 0 ? " || B" : "").append('\n');
            terms.add("S" + i + " && " + (i % 3 == 0 ? "(A || B)" : "A"));
        }
        kconfig.append("config A\n\tbool \"A\"\nconfig B\n\tbool \"B\"\n");
        KconfigModel m = KconfigFixture.model(dir, kconfig.toString());
        assertThat(ExprFormatter.format(m.symbol("TARGET").reverseDeps())).isEqualTo(String.join(" || ", terms));
    }
}
