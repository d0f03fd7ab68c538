package org.kconfigexplorer.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.TestTrees.CLANG19;
import static org.kconfigexplorer.app.ui.TestTrees.CLANG20;
import static org.kconfigexplorer.app.ui.TestTrees.GCC;
import static org.kconfigexplorer.app.ui.TestTrees.preset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.conditions.ConditionRow;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** The explorer's view model without any UI toolkit: values, toggles, presets, preconditions, search. */
class ExplorerViewModelTest {

    @TempDir
    Path dir;

    private ExplorerViewModel vm;

    @BeforeEach
    void open() throws Exception {
        vm = new ExplorerViewModel(SessionSource.directory(TestTrees.miniTree(dir)), ToolchainProfiles.presets(),
                new SameThreadExecutor(), "test");
        vm.open(preset(GCC));
    }

    private OptionRow row(String symbol) {
        return vm.tree().bySymbol(symbol).orElseThrow(() -> new AssertionError("no row for " + symbol));
    }

    private ConditionRow condition(String term) {
        ConditionRow root = vm.details().preconditions();
        assertThat(root).as("preconditions shown").isNotNull();
        return root.flatten().stream().filter(r -> r.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no precondition row " + term + " in "
                        + root.flatten().stream().map(ConditionRow::displayText).toList()));
    }

    @Test
    void opensTheTreeWithThePreset() {
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.isBusy()).isFalse();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.selectedPresetProperty().get().id()).isEqualTo(GCC);
        assertThat(vm.titleProperty().get()).contains("Mini Rust model");
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("n");
        assertThat(row("RUST_INLINE_HELPERS").label()).isEqualTo("Inline C helpers into Rust code (EXPERIMENTAL)");
        assertThat(row("RUST_INLINE_HELPERS").typeText()).isEqualTo("bool");
        assertThat(row("RUST_INLINE_HELPERS").isVisible()).isFalse();
        assertThat(row("LOG_BUF_SHIFT").value()).isEqualTo("17");
        assertThat(row("LOG_BUF_SHIFT").typeText()).isEqualTo("int");
        assertThat(vm.summaryProperty().get()).contains("options").contains(preset(GCC).name());
    }

    @Test
    void changingThePresetUpdatesToolchainFactsEverywhere() {
        assertThat(row("RUSTC_CLANG_LLVM_COMPATIBLE").value()).isEqualTo("n");

        vm.selectedPresetProperty().set(preset(CLANG19));

        assertThat(vm.session().profile().id()).isEqualTo(CLANG19);
        assertThat(row("CC_IS_CLANG").value()).isEqualTo("y");
        assertThat(row("RUSTC_LLVM_MAJOR_VERSION").value()).isEqualTo("19");
        assertThat(row("RUSTC_CLANG_LLVM_COMPATIBLE").value()).isEqualTo("y");

        vm.selectedPresetProperty().set(preset(CLANG20));

        assertThat(row("CC_IS_CLANG").value()).isEqualTo("y");
        assertThat(row("RUSTC_CLANG_LLVM_COMPATIBLE").value()).isEqualTo("n");
        assertThat(vm.messageProperty().get()).contains(preset(CLANG20).name());
    }

    @Test
    void changingThePresetKeepsUserValuesAndSelection() {
        assertThat(vm.toggle(row("EXPERT"))).isTrue();
        vm.selectSymbol("RUST_INLINE_HELPERS");
        OptionRow before = vm.selectedRowProperty().get();

        vm.selectedPresetProperty().set(preset(CLANG19));

        assertThat(row("EXPERT").value()).isEqualTo("y");
        OptionRow after = vm.selectedRowProperty().get();
        assertThat(after).as("the same row, re-pointed at the reloaded tree").isSameAs(before);
        assertThat(after.symbol().name()).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(after.symbol()).isSameAs(vm.model().symbol("RUST_INLINE_HELPERS"));
        assertThat(vm.details().nameProperty().get()).isEqualTo("RUST_INLINE_HELPERS");
    }

    @Test
    void toggleMovesBoolAndTristateThroughTheirAllowedValues() {
        OptionRow expert = row("EXPERT");
        assertThat(expert.isChangeable()).isTrue();
        assertThat(vm.toggle(expert)).isTrue();
        assertThat(expert.value()).isEqualTo("y");
        // EXPERT selects DEBUG_KERNEL, which then cannot go back to n.
        assertThat(row("DEBUG_KERNEL").value()).isEqualTo("y");
        assertThat(row("DEBUG_KERNEL").isChangeable()).isFalse();
        assertThat(vm.toggle(row("DEBUG_KERNEL"))).isFalse();
        assertThat(vm.toggle(expert)).isTrue();
        assertThat(expert.value()).isEqualTo("n");

        assertThat(vm.toggle(row("RUST"))).isTrue();
        OptionRow nullBlk = row("BLK_DEV_RUST_NULL");
        assertThat(nullBlk.tristate()).isEqualTo(Tristate.NO);
        vm.toggle(nullBlk);
        assertThat(nullBlk.value()).isEqualTo("m");
        vm.toggle(nullBlk);
        assertThat(nullBlk.value()).isEqualTo("y");
        vm.toggle(nullBlk);
        assertThat(nullBlk.value()).isEqualTo("n");
    }

    @Test
    void rowsReadLazilyStillTellListenersAboutChanges() {
        // Rows refresh lazily after a change; a shown cell (a listener) must still hear about it.
        OptionRow expert = row("EXPERT");
        OptionRow debug = row("DEBUG_KERNEL");
        List<String> values = new java.util.ArrayList<>();
        List<Boolean> changeable = new java.util.ArrayList<>();
        expert.valueProperty().addListener((obs, old, now) -> values.add(now));
        debug.changeableProperty().addListener(o -> changeable.add(debug.isChangeable()));
        vm.toggle(expert);
        vm.toggle(expert);
        vm.toggle(expert);
        assertThat(values).containsExactly("y", "n", "y");
        assertThat(changeable).containsExactly(false, true, false);
    }

    @Test
    void choiceMembersArePickedNotSwitchedOff() {
        OptionRow size = row("CC_OPTIMIZE_FOR_SIZE");
        OptionRow perf = row("CC_OPTIMIZE_FOR_PERFORMANCE");
        assertThat(perf.value()).isEqualTo("y");
        assertThat(vm.toggle(size)).isTrue();
        assertThat(size.value()).isEqualTo("y");
        assertThat(perf.value()).isEqualTo("n");
        assertThat(vm.toggle(size)).isFalse();
        assertThat(size.parent().value()).isEqualTo("CC_OPTIMIZE_FOR_SIZE");
    }

    @Test
    void anOptionWithUnmetPreconditionsCannotBeToggled() {
        OptionRow helpers = row("RUST_INLINE_HELPERS");
        assertThat(helpers.isChangeable()).isFalse();
        assertThat(vm.toggle(helpers)).isFalse();
        assertThat(helpers.value()).isEqualTo("n");
        assertThat(vm.messageProperty().get()).contains("RUST_INLINE_HELPERS").contains("unmet");
    }

    @Test
    void preconditionRowsTurnFromUnmetToMet() {
        vm.showRustInlineHelpers();
        assertThat(vm.details().nameProperty().get()).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(vm.details().preconditions().met()).isFalse();
        assertThat(vm.details().verdictProperty().get()).contains("Not available");
        assertThat(condition("CC_IS_CLANG").met()).isFalse();
        assertThat(condition("CC_IS_CLANG").value()).isEqualTo("n");
        assertThat(condition("CC_IS_CLANG").verdict()).isEqualTo("unmet");
        assertThat(condition("CC_IS_CLANG").styleClass()).isEqualTo(Styles.CONDITION_UNMET);
        assertThat(condition("EXPERT").met()).isFalse();
        assertThat(condition("RUST").met()).isFalse();
        assertThat(vm.details().advice()).contains("Set EXPERT to y", "Set RUST to y");
        assertThat(vm.details().advice()).anySatisfy(a -> assertThat(a).startsWith("Toolchain: CC_IS_CLANG"));
        assertThat(vm.details().allowedValues()).isEmpty();

        vm.selectedPresetProperty().set(preset(CLANG19));
        assertThat(condition("CC_IS_CLANG").met()).isTrue();
        assertThat(condition("RUSTC_CLANG_LLVM_COMPATIBLE").met()).isTrue();
        assertThat(condition("EXPERT").met()).isFalse();

        vm.toggle(row("EXPERT"));
        assertThat(condition("EXPERT").met()).isTrue();
        assertThat(condition("EXPERT").styleClass()).isEqualTo(Styles.CONDITION_MET);
        assertThat(condition("RUST").met()).isFalse();

        vm.toggle(row("RUST"));
        ConditionRow root = vm.details().preconditions();
        assertThat(root.met()).isTrue();
        assertThat(root.flatten()).allSatisfy(r -> {
            assertThat(r.met()).as(r.displayText()).isTrue();
            assertThat(r.verdict()).isEqualTo("met");
        });
        assertThat(vm.details().verdictProperty().get()).contains("All preconditions are met");
        assertThat(vm.details().advice()).isEmpty();
        assertThat(vm.details().allowedValues()).containsExactly(Tristate.NO, Tristate.YES);

        assertThat(vm.setValue(vm.selectedRowProperty().get(), Tristate.YES)).isTrue();
        assertThat(vm.details().valueProperty().get()).isEqualTo("y");
        assertThat(row("RUST_INLINE_HELPERS").value()).isEqualTo("y");
    }

    @Test
    void aClangWithAnotherLlvmShowsTheFailingComparison() {
        vm.selectedPresetProperty().set(preset(CLANG20));
        vm.selectSymbol("RUST_INLINE_HELPERS");
        ConditionRow compatible = condition("RUSTC_CLANG_LLVM_COMPATIBLE");
        assertThat(compatible.met()).isFalse();
        assertThat(compatible.flatten()).anySatisfy(r -> {
            assertThat(r.term()).contains("RUSTC_LLVM_MAJOR_VERSION").contains("20");
            assertThat(r.met()).isFalse();
        });
        assertThat(condition("CC_IS_CLANG").met()).isTrue();
    }

    @Test
    void searchFindsByNameOrPromptAndMovesOnWhenRepeated() {
        assertThat(vm.search("rust_inline_helpers")).map(r -> r.symbol().name()).contains("RUST_INLINE_HELPERS");
        assertThat(vm.selectedRowProperty().get().symbol().name()).isEqualTo("RUST_INLINE_HELPERS");
        assertThat(vm.search("CONFIG_EXPERT")).map(r -> r.symbol().name()).contains("EXPERT");
        assertThat(vm.search("null block")).map(r -> r.symbol().name()).contains("BLK_DEV_RUST_NULL");

        String first = vm.search("RUST").orElseThrow().symbol().name();
        assertThat(first).isEqualTo("RUST");
        String second = vm.search("RUST").orElseThrow().symbol().name();
        assertThat(second).isNotEqualTo(first).startsWith("RUST");

        assertThat(vm.search("NO_SUCH_THING")).isEmpty();
        assertThat(vm.messageProperty().get()).contains("Nothing matches");
    }

    @Test
    void findFieldAndSearchPanelRankAlike() {
        var panel = new org.kconfigexplorer.app.ui.search.SearchViewModel(
                new org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor(), r -> { });
        panel.setTree(vm.tree());
        for (String q : List.of("rust", "helpers", "llvm", "inline c hel", "llvm ir", "CONFIG_CC_IS")) {
            panel.queryProperty().set(q);
            assertThat(vm.search(q)).as(q).contains(panel.results().get(0).row());
        }
        // Help text is searched too: this phrase is only in RUST_INLINE_HELPERS' help.
        assertThat(vm.search("same LLVM major version")).map(r -> r.symbol().name()).contains("RUST_INLINE_HELPERS");
    }

    @Test
    void exportWritesTheFragment() throws Exception {
        vm.toggle(row("EXPERT"));
        Path out = dir.resolve("out/fragment.config");
        vm.exportFragment(out);
        String text = Files.readString(out);
        assertThat(text).contains("CONFIG_EXPERT=y");
        assertThat(vm.messageProperty().get()).contains("Fragment written");
    }

    @Test
    void exportFailureIsReportedWithoutException() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        vm.exportFragment(blocker.resolve("sub/fragment.config"));
        assertThat(vm.problems()).anySatisfy(p -> assertThat(p.text()).contains("Could not write the fragment"));
        assertThat(vm.lastErrorProperty().get()).contains("Could not write the fragment");
        assertThat(vm.isBusy()).isFalse();
    }

    @Test
    void aSyntaxErrorIsListedWithFileAndLineAndTheRestLoads(@TempDir Path other) throws Exception {
        ExplorerViewModel broken = new ExplorerViewModel(SessionSource.directory(TestTrees.brokenTree(other)),
                ToolchainProfiles.presets(), new SameThreadExecutor(), "test");
        broken.open(preset(GCC));
        assertThat(broken.problems()).isNotEmpty();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p.text()).contains("broken/Kconfig:4"));
        assertThat(broken.tree().bySymbol("FINE_OPTION")).isPresent();
        assertThat(broken.tree().bySymbol("BEFORE_ERROR")).isPresent();
        assertThat(broken.messageProperty().get()).contains("error");
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash(@TempDir Path other) {
        ExplorerViewModel missing = new ExplorerViewModel(SessionSource.directory(other.resolve("nope")),
                ToolchainProfiles.presets(), new SameThreadExecutor(), "test");
        missing.open(preset(GCC));
        assertThat(missing.readyProperty().get()).isFalse();
        assertThat(missing.isBusy()).isFalse();
        assertThat(missing.problems()).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("nope").contains("not a directory"));
        assertThat(missing.search("x")).isEmpty();
        assertThat(missing.toggle(null)).isFalse();
    }

    @Test
    void startupProblemsStayListed() {
        vm.addStartupProblem(Problem.warning("unknown argument"));
        vm.selectedPresetProperty().set(preset(CLANG19));
        assertThat(vm.problems()).extracting(Problem::text).contains("warning: unknown argument");
        assertThat(List.copyOf(vm.presets())).isEqualTo(ToolchainProfiles.presets());
    }
}
