package org.kconfigexplorer.kconfig.kerneltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.parse.KconfigFixture;
import org.kconfigexplorer.kconfig.parse.ParseResult;

/**
 * Recursive-dependency reports beyond the kernel's err_recursive_dep case: choices ("part of
 * choice block"), prompt/default visibility, default values, "visible if", if blocks, multiple
 * definitions, MODULES. The expected texts are what Linux 6.12's conf printed on stderr for these
 * (our own) Kconfig snippets; like conf, one report per loop, the first loop found per entry.
 */
class RecursiveDependencyWordingTest {

    @TempDir
    Path dir;

    private String stderr(String kconfig) {
        ParseResult parsed = new KconfigFixture(dir).file("Kconfig", kconfig).parse();
        return ConfHarness.confStderr(List.of(), parsed.diagnostics());
    }

    private static String loop(String... edges) {
        return "error: recursive dependency detected!\n\t" + String.join("\n\t", edges) + "\n"
                + ConfHarness.RECURSIVE_DEPENDENCY_HINT;
    }

    @Test
    void choicePromptDependingOnItsMember() {
        assertThat(stderr("""
                config Y
                \tbool "Y"

                choice
                \tprompt "c"
                \tdepends on X

                config X
                \tbool "X"

                config Z
                \tbool "Z"
                \tdepends on Y

                endchoice

                config W
                \tbool "W"
                \tdefault Z
                \tselect Y if Z
                """)).isEqualTo(loop("symbol <choice> prompt is visible depending on X",
                "symbol X is part of choice block at Kconfig:4"));
    }

    @Test
    void defaultsPromptsAndVisibleIf() {
        assertThat(stderr("""
                config A
                \tbool "A"
                \tdefault B if C

                config B
                \tint "B"
                \tdefault 3 if A

                config C
                \tbool "C" if D
                \timply A

                config D
                \tbool
                \tdefault C
                \tselect A

                menu "m"
                \tvisible if E
                config E
                \tbool "E"
                endmenu
                """)).isEqualTo(loop("symbol D default value contains C", "symbol C prompt is visible depending on D")
                + loop("symbol E prompt is visible depending on E"));
    }

    @Test
    void choiceDefaultAndModules() {
        assertThat(stderr("""
                choice
                \tprompt "one"
                \tdefault M2 if Q

                config M1
                \tbool "M1"

                config M2
                \tbool "M2"
                \tselect Q

                endchoice

                config Q
                \tbool "Q"
                \tdepends on M1 || P

                config P
                \tbool "P"
                \tdepends on P2
                config P2
                \tbool "P2"
                \tdefault P
                config MOD
                \ttristate "mod"
                \tdepends on m
                config MODULES
                \tbool "modules"
                \tmodules
                \tdefault MOD
                """)).isEqualTo(loop("symbol <choice> default is visible depending on Q", "symbol Q depends on M1",
                "symbol M1 is part of choice block at Kconfig:1")
                + loop("symbol P depends on P2", "symbol P2 default value contains P")
                + loop("symbol MOD depends on MODULES", "symbol MODULES default value contains MOD"));
    }

    @Test
    void secondDefinitionAddsTheLoop() {
        assertThat(stderr("""
                config X
                \tbool "X"
                \tdepends on Y
                config Y
                \tbool "Y"
                \tdepends on Z
                config Z
                \tbool "Z"
                \tselect X
                config X
                \tbool
                \tdepends on W
                config W
                \tdef_bool X
                """)).isEqualTo(loop("symbol X depends on W", "symbol W default value contains X"));
    }

    @Test
    void ifBlockOnASymbolInside() {
        assertThat(stderr("""
                if A
                config B
                \tbool "B"
                config A
                \tbool "A"
                \tdefault B
                endif
                choice
                \tprompt "c"
                \tdepends on K
                config K1
                \tbool "K1"
                \tdepends on K
                endchoice
                config K
                \tbool "K"
                \tselect K1
                """)).isEqualTo(loop("symbol A depends on A"));
    }
}
