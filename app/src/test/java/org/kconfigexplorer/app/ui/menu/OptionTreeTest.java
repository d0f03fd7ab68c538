package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/** Menu rows: refreshed after changes, and kept (re-pointed) when the same tree is reloaded. */
class OptionTreeTest {

    private static OptionTree embedded(String preset) {
        return OptionTree.of(ExplorerSession.openEmbedded(TestTrees.preset(preset)).model());
    }

    @Test
    void aShownRowHearsOfEveryChangeOfItsValue() {
        OptionTree tree = embedded(TestTrees.GCC);
        OptionRow expert = tree.bySymbol("EXPERT").orElseThrow();
        List<String> seen = new ArrayList<>();
        expert.valueProperty().addListener((obs, old, now) -> seen.add(now)); // as a shown cell does
        KconfigModel model = tree.model();
        for (Tristate t : List.of(Tristate.YES, Tristate.NO, Tristate.YES)) {
            model.setTristate(model.symbol("EXPERT"), t);
            tree.refresh();
        }
        assertThat(seen).containsExactly("y", "n", "y");
    }

    @Test
    void theSameTreeReloadedKeepsItsRowsRepointedAndLive() {
        OptionTree gcc = embedded(TestTrees.GCC);
        OptionTree clang = embedded(TestTrees.CLANG19);
        OptionRow compatible = gcc.bySymbol("RUSTC_CLANG_LLVM_COMPATIBLE").orElseThrow();
        List<String> seen = new ArrayList<>();
        compatible.valueProperty().addListener((obs, old, now) -> seen.add(now));
        assertThat(compatible.value()).isEqualTo("n");
        // A row on screen whose value the other toolchain leaves as it is: not announced (not redrawn).
        OptionRow expertShown = gcc.bySymbol("EXPERT").orElseThrow();
        List<String> unchanged = new ArrayList<>();
        // An invalidation listener, as a cell's: it hears every invalidation, not only new values.
        expertShown.valueProperty().addListener(obs -> unchanged.add(expertShown.value()));
        assertThat(expertShown.value()).isEqualTo("n");

        OptionTree adopted = gcc.adopt(clang).orElseThrow();
        assertThat(unchanged).isEmpty();
        assertThat(adopted.bySymbol("RUSTC_CLANG_LLVM_COMPATIBLE")).containsSame(compatible);
        assertThat(compatible.symbol()).isSameAs(clang.model().symbol("RUSTC_CLANG_LLVM_COMPATIBLE"));
        assertThat(compatible.value()).isEqualTo("y");
        assertThat(adopted.byNode(compatible.node())).containsSame(compatible);

        // Still refreshed after changes of the new model.
        OptionRow expert = adopted.bySymbol("EXPERT").orElseThrow();
        List<String> expertSeen = new ArrayList<>();
        expert.valueProperty().addListener((obs, old, now) -> expertSeen.add(now));
        assertThat(expert.value()).isEqualTo("n");
        clang.model().setTristate(clang.model().symbol("EXPERT"), Tristate.YES);
        adopted.refresh();
        assertThat(expertSeen).containsExactly("y");
        assertThat(unchanged).containsExactly("y");
        assertThat(seen).containsExactly("y");
    }

    @Test
    void treesOfOtherShapesAreNotAdopted() throws Exception {
        OptionTree embedded = embedded(TestTrees.GCC);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mini");
        OptionTree mini = OptionTree.of(ExplorerSession.openDirectory(TestTrees.miniTree(dir),
                TestTrees.preset(TestTrees.GCC)).model());
        assertThat(embedded.adopt(mini)).isEmpty();
    }
}
