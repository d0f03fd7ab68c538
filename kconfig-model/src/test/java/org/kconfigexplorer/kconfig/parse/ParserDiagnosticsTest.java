package org.kconfigexplorer.kconfig.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.model.Diagnostic;

class ParserDiagnosticsTest {

    @TempDir
    Path dir;

    @Test
    void syntaxErrorNamesFileLineAndColumnAndTheRestStillLoads() {
        ParseResult r = new KconfigFixture(dir)
                .file("Kconfig", "mainmenu \"Test\"\nsource \"sub/Kconfig\"\nconfig AFTER\n\tbool \"after\"\n")
                .file("sub/Kconfig", "config GOOD\n\tbool \"good\"\n\tdepends on (A && \nconfig ALSO\n\tbool \"also\"\n")
                .parse();
        assertThat(r.errors()).hasSize(1);
        Diagnostic d = r.errors().get(0);
        assertThat(d.file()).isEqualTo("sub/Kconfig");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isGreaterThan(0);
        assertThat(d.toString()).startsWith("sub/Kconfig:3:").contains("error: syntax error");
        assertThat(r.model().symbol("ALSO").isDefined()).isTrue();
        assertThat(r.model().symbol("AFTER").isDefined()).isTrue();
    }

    @Test
    void unknownStatementAndMissingSourceAreErrors() {
        ParseResult r = new KconfigFixture(dir)
                .file("Kconfig", "config X\n\tbool \"x\"\n\toption env=\"FOO\"\nsource \"missing/Kconfig\"\n")
                .parse();
        assertThat(r.errors()).extracting(Diagnostic::toString).containsExactly(
                "Kconfig:3: error: unknown statement \"option\"",
                "Kconfig:4: error: can't open file \"missing/Kconfig\"");
    }

    @Test
    void unbalancedBlocksAreReported() {
        ParseResult r = new KconfigFixture(dir).file("Kconfig", "menu \"M\"\nconfig X\n\tbool \"x\"\nendif\n").parse();
        assertThat(r.errors()).extracting(Diagnostic::message)
                .contains("unexpected 'endif' within menu block", "missing end statement for this entry");
    }

    @Test
    void macroErrorsBecomeDiagnosticsWithTheirLine() {
        ParseResult r = new KconfigFixture(dir).file("Kconfig", """
                X = $(X)
                config A
                \tbool "$(X)"
                $(error-if,y,this tree needs a newer toolchain)
                """).parse();
        assertThat(r.errors()).extracting(Diagnostic::toString).containsExactly(
                "Kconfig:3:8: error: Recursive variable 'X' references itself (eventually)",
                "Kconfig:4:1: error: this tree needs a newer toolchain");
    }

    @Test
    void recursiveSourceIsDetected() {
        ParseResult r = new KconfigFixture(dir).file("Kconfig", "source \"Kconfig\"\n").parse();
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("Recursive inclusion detected");
            assertThat(d.line()).isEqualTo(1);
        });
    }

    @Test
    void helpTextKeepsRelativeIndentationAndEndsAtLessIndentedLine() {
        ParseResult r = new KconfigFixture(dir).file("Kconfig",
                "config A\n\tbool \"a\"\n\thelp\n\t  First line.\n\t    indented\n\n\t  Last.\nconfig B\n\tbool \"b\"\n")
                .parse();
        assertThat(r.errors()).isEmpty();
        assertThat(r.model().symbol("A").help()).isEqualTo("First line.\n  indented\n\nLast.");
        assertThat(r.model().symbol("B").isDefined()).isTrue();
    }

    @Test
    void shellMacrosAreAnsweredByTheGivenShellAndDefaultsRememberIt() {
        MacroShell shell = command -> command.equals("echo hi") ? "y\n" : "";
        ParseResult r = new KconfigFixture(dir).file("Kconfig", """
                greet = $(shell,$(1) hi)
                config FROM_SHELL
                \tdef_bool $(greet,echo)
                config PLAIN
                \tdef_bool y
                """).parse(Map.of(), shell);
        assertThat(r.errors()).isEmpty();
        assertThat(r.shellCommands()).containsEntry("echo hi", "y");
        assertThat(r.model().symbol("FROM_SHELL").stringValue()).isEqualTo("y");
        assertThat(r.model().symbol("FROM_SHELL").defaults().get(0).fromMacro()).isTrue();
        assertThat(r.model().symbol("PLAIN").defaults().get(0).fromMacro()).isFalse();
    }
}
