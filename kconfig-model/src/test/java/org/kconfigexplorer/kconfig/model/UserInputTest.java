package org.kconfigexplorer.kconfig.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.parse.KconfigFixture;

/** User input saved by name, with each choice's priority order, and put back. */
class UserInputTest {

    @TempDir
    Path dir;

    /** C is hidden while FOO is n; a hidden member keeps its y, and the priority order decides. */
    static final String CHOICE_TREE = """
            config FOO
            \tbool "foo"
            \tdefault y

            choice
            \tprompt "pick"

            config A
            \tbool "A"

            config B
            \tbool "B"

            config C
            \tbool "C"
            \tdepends on FOO

            endchoice
            """;

    private static Symbol sym(KconfigModel m, String name) {
        return m.symbol(name);
    }

    private static List<String> priority(KconfigModel m) {
        List<String> names = new ArrayList<>();
        for (Symbol s : m.choices().get(0).priorityOrder()) {
            names.add(s.name());
        }
        return names;
    }

    /** Pick C, hide it (FOO=n), pick B, show C again: B and C both have y, and B is ahead of C. */
    static void pickBWithCHiddenThenShowC(KconfigModel m) {
        assertThat(m.selectChoiceMember(m.symbol("C"))).isTrue();
        assertThat(m.setTristate(m.symbol("FOO"), Tristate.NO)).isTrue();
        assertThat(m.selectChoiceMember(m.symbol("B"))).isTrue();
        assertThat(m.setTristate(m.symbol("FOO"), Tristate.YES)).isTrue();
    }

    @Test
    void theChoicesPriorityOrderIsSavedAndPutBack() {
        KconfigModel m = KconfigFixture.model(dir, CHOICE_TREE);
        pickBWithCHiddenThenShowC(m);
        assertThat(m.choiceSelection(m.choices().get(0)).name()).isEqualTo("B");
        assertThat(sym(m, "C").userValue()).isEqualTo("y");
        assertThat(priority(m)).containsExactly("B", "A", "C");
        String config = ConfigWriter.write(m);
        UserInput saved = m.userInput();
        assertThat(saved.values()).containsExactly(Map.entry("FOO", "y"), Map.entry("A", "n"), Map.entry("B", "y"),
                Map.entry("C", "y"));

        // The values alone (as a .config gives them) put C first: C would be selected.
        List<KconfigModel.Assignment> assignments = new ArrayList<>();
        for (Map.Entry<String, String> e : saved.values()) {
            assignments.add(new KconfigModel.Assignment(m.symbol(e.getKey()), e.getValue()));
        }
        m.replaceUserValues(assignments);
        assertThat(m.choiceSelection(m.choices().get(0)).name()).isEqualTo("C");

        m.restoreUserInput(saved);
        assertThat(priority(m)).containsExactly("B", "A", "C");
        assertThat(m.choiceSelection(m.choices().get(0)).name()).isEqualTo("B");
        assertThat(ConfigWriter.write(m)).isEqualTo(config);
        assertThat(m.userInput()).isEqualTo(saved);

        m.clearAllUserValues();
        assertThat(m.userInput()).isNotEqualTo(saved);
        m.restoreUserInput(saved);
        assertThat(ConfigWriter.write(m)).isEqualTo(config);
    }

    @Test
    void inputGoesIntoTheSameTreeLoadedAgainByName() {
        KconfigModel first = KconfigFixture.model(dir, CHOICE_TREE);
        pickBWithCHiddenThenShowC(first);
        KconfigModel again = KconfigFixture.model(dir, CHOICE_TREE);
        again.restoreUserInput(first.userInput());
        assertThat(again.userInput()).isEqualTo(first.userInput());
        assertThat(again.choiceSelection(again.choices().get(0)).name()).isEqualTo("B");
        assertThat(ConfigWriter.write(again)).isEqualTo(ConfigWriter.write(first));
    }

    @Test
    void theSameInputGivesTheSameConfigWhateverCameBefore() {
        // B is hidden while FOO is n. conf computes a member's visibility only when it gets
        // there, so a hidden B that was visible before would be written as "not set".
        String text = """
                config FOO
                \tbool "foo"
                \tdefault y
                choice
                \tprompt "pick"
                config A
                \tbool "A"
                config C
                \tbool "C"
                config B
                \tbool "B"
                \tdepends on FOO
                endchoice
                """;
        KconfigModel m = KconfigFixture.model(dir, text);
        m.selectChoiceMember(m.symbol("B"));
        m.setTristate(m.symbol("FOO"), Tristate.NO);
        m.selectChoiceMember(m.symbol("C"));
        String hiddenB = ConfigWriter.write(m);
        assertThat(hiddenB).contains("CONFIG_C=y").doesNotContain("CONFIG_B");
        UserInput saved = m.userInput();
        m.setTristate(m.symbol("FOO"), Tristate.YES);
        assertThat(m.choiceSelection(m.choices().get(0)).name()).isEqualTo("C");
        assertThat(ConfigWriter.write(m)).contains("# CONFIG_B is not set");

        m.restoreUserInput(saved);
        assertThat(ConfigWriter.write(m)).isEqualTo(hiddenB);
        KconfigModel fresh = KconfigFixture.model(dir, text);
        fresh.restoreUserInput(saved);
        assertThat(ConfigWriter.write(fresh)).isEqualTo(hiddenB);
    }

    @Test
    void unknownSymbolsAreSkippedAndAChangedChoiceKeepsItsOtherMembers() {
        KconfigModel m = KconfigFixture.model(dir, CHOICE_TREE);
        UserInput input = new UserInput(List.of(Map.entry("GONE", "y"), Map.entry("A", "y")),
                List.of(new UserInput.ChoiceOrder(List.of("A", "B", "C"), List.of("C", "GONE", "A"))));
        m.restoreUserInput(input);
        assertThat(sym(m, "A").userValue()).isEqualTo("y");
        assertThat(m.symbol("GONE")).isNull();
        assertThat(priority(m)).containsExactly("C", "A", "B");
    }
}
