package org.kconfigexplorer.kconfig.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.kconfig.parse.KconfigFixture;

/**
 * The model finds the symbols with a user value without a pass over every symbol, and forgets
 * all values with one step: after any sequence of the ways user values are written, that index
 * equals a full scan, and the values computed after each change equal those of a fresh evaluation.
 */
class UserValuedSymbolsTest {

    @TempDir
    Path dir;

    private static final String TREE = UserInputTest.CHOICE_TREE + """

            config MODULES
            \tbool "modules"
            \tmodules

            config T
            \ttristate "t"
            \tdepends on FOO

            config N
            \tint "n"
            \trange 1 10
            \tdefault 3

            config S
            \tstring "s"
            \tdefault "x" if T
            """;

    private static List<Symbol> scan(KconfigModel m) {
        List<Symbol> out = new ArrayList<>();
        for (Symbol s : m.allSymbolsIncludingConstants()) {
            if (s.userValue() != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> values(KconfigModel m) {
        List<String> out = new ArrayList<>();
        for (Symbol s : m.definedSymbols()) {
            out.add(s.name() + "=" + s.stringValue());
        }
        return out;
    }

    @Test
    void theIndexOfUserValuesFollowsEveryWayOfWritingThem() {
        KconfigModel m = KconfigFixture.model(dir, TREE);
        KconfigModel fresh = KconfigFixture.model(dir, TREE);
        List<String> names = List.of("FOO", "A", "B", "C", "MODULES", "T", "N", "S");
        Random random = new Random(42);
        UserInput saved = m.userInput();
        UserValues savedExactly = m.saveUserValues();
        for (int step = 0; step < 400; step++) {
            Symbol sym = m.symbol(names.get(random.nextInt(names.size())));
            switch (random.nextInt(9)) {
                case 0, 1 -> m.setTristate(sym, Tristate.values()[random.nextInt(3)]);
                case 2 -> m.setUserValue(sym, sym.type() == SymbolType.INT ? String.valueOf(random.nextInt(12))
                        : sym.type() == SymbolType.STRING ? "v" + step : "y");
                case 3 -> m.clearUserValue(sym);
                case 4 -> saved = m.userInput();
                case 5 -> m.restoreUserInput(saved);
                case 6 -> savedExactly = m.saveUserValues();
                case 7 -> m.restoreUserValues(savedExactly);
                default -> {
                    if (random.nextInt(4) == 0) {
                        m.clearAllUserValues();
                    } else {
                        m.replaceUserValues(List.of(new KconfigModel.Assignment(sym, "y")));
                    }
                }
            }
            assertThat(m.symbolsWithUserValues()).as("step %d", step).containsExactlyElementsOf(scan(m));
            // The same input evaluated from scratch gives the same values (which entries a .config
            // writes may differ: conf keeps a choice member hidden since it was last computed).
            fresh.restoreUserInput(m.userInput());
            assertThat(values(m)).as("step %d", step).isEqualTo(values(fresh));
        }
    }
}
