package org.kconfigexplorer.kconfig.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PreprocessorTest {

    private final Preprocessor pp = new Preprocessor(Map.of("CC", "clang", "ARCH", "x86_64"),
            command -> command.startsWith("echo ") ? command.substring(5) + "\n\n" : "");

    @Test
    void recursiveVariablesExpandLateSimpleOnesAtAssignment() {
        pp.assign("late", "$(x)", VariableFlavor.RECURSIVE);
        pp.assign("early", "$(x)", VariableFlavor.SIMPLE);
        pp.assign("x", "1", VariableFlavor.SIMPLE);
        assertThat(pp.expandString("$(late)/$(early)")).isEqualTo("1/");
    }

    @Test
    void appendAddsWithASpaceAndKeepsFlavor() {
        pp.assign("flags", "-a", VariableFlavor.SIMPLE);
        pp.assign("flags", "-b", VariableFlavor.APPEND);
        assertThat(pp.expandString("$(flags)")).isEqualTo("-a -b");
    }

    @Test
    void userFunctionsTakePositionalArguments() {
        pp.assign("swap", "$(2) $(1)", VariableFlavor.RECURSIVE);
        assertThat(pp.expandString("$(swap,a,b)")).isEqualTo("b a");
    }

    @Test
    void environmentIsTheFallbackAndIsRecorded() {
        assertThat(pp.expandString("$(CC)-$(UNDEFINED)")).isEqualTo("clang-");
        assertThat(pp.usedEnvironment()).containsEntry("CC", "clang").doesNotContainKey("UNDEFINED");
    }

    @Test
    void shellOutputLosesTrailingNewlinesAndInnerOnesBecomeSpaces() {
        assertThat(pp.expandString("[$(shell,echo a)]")).isEqualTo("[a]");
        Preprocessor multi = new Preprocessor(Map.of(), c -> "a\nb\n");
        assertThat(multi.expandString("$(shell,x)")).isEqualTo("a b");
    }

    @Test
    void builtinsCheckArgumentCountsAndErrorIfFires() {
        assertThatThrownBy(() -> pp.expandString("$(info)")).hasMessage("too few function arguments passed to 'info'");
        assertThatThrownBy(() -> pp.expandString("$(error-if,y,stop here)")).hasMessage("stop here");
        assertThat(pp.expandString("$(error-if,n,fine)$(warning-if,y,careful)")).isEmpty();
        assertThat(pp.messages()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("careful"));
    }

    @Test
    void unterminatedReferenceIsAnError() {
        assertThatThrownBy(() -> pp.expandString("$(foo")).isInstanceOf(MacroException.class)
                .hasMessageContaining("missing ')'");
    }

    @Test
    void dollarWithoutParenthesisIsLiteral() {
        assertThat(pp.expandString("$x")).isEqualTo("$x");
    }

    @Test
    void oneTokenStopsAtNonWordCharactersOutsideReferences() {
        Preprocessor.Expansion e = pp.expandOneToken("A$(ARCH) rest", 0);
        assertThat(e.text()).isEqualTo("Ax86_64");
        assertThat(e.end()).isEqualTo(8);
    }
}
