package org.kconfigexplorer.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.menu.OptionTree;
import org.kconfigexplorer.kconfig.search.SearchIndex.Field;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/** Search as you type, without a toolkit. */
class SearchViewModelTest {

    private final List<OptionRow> opened = new ArrayList<>();
    private SearchViewModel vm;

    @BeforeEach
    void open() {
        ExplorerSession session = ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.GCC));
        vm = new SearchViewModel(new SameThreadExecutor(), opened::add);
        vm.setTree(OptionTree.of(session.model()));
    }

    private List<String> names() {
        return vm.results().stream().map(SearchViewModel.Result::name).toList();
    }

    @Test
    void resultsFollowEveryKeystrokeAndMarkHiddenEntries() {
        vm.queryProperty().set("r");
        int broad = vm.results().size();
        vm.queryProperty().set("rust_inl");
        assertThat(names()).first().isEqualTo("RUST_INLINE_HELPERS");
        vm.queryProperty().set("inline c helpers");
        assertThat(names()).containsExactly("RUST_INLINE_HELPERS");
        assertThat(vm.results()).hasSizeLessThan(broad);
        SearchViewModel.Result r = vm.results().get(0);
        assertThat(r.hidden()).as("unreachable with GCC").isTrue();
        assertThat(r.text()).isEqualTo("Inline C helpers into Rust code (EXPERIMENTAL)");
        assertThat(vm.statusProperty().get()).isEqualTo("1 match (1 hidden now)");
        assertThat(vm.lastSearchNanos()).isPositive();
        vm.open(r);
        assertThat(opened).extracting(OptionRow::symbol).extracting(s -> s.name()).containsExactly("RUST_INLINE_HELPERS");
    }

    @Test
    void helpMatchesShowAnExcerpt() {
        vm.queryProperty().set("driver got about 2% faster");
        assertThat(vm.results()).hasSize(1);
        assertThat(vm.results().get(0).field()).isEqualTo(Field.HELP);
        assertThat(vm.results().get(0).text()).startsWith("help: \u2026").contains("2% faster");
    }

    @Test
    void regexModeAndItsErrors() {
        vm.regexProperty().set(true);
        vm.queryProperty().set("^rustc_(llvm_)?version$");
        assertThat(names()).containsExactlyInAnyOrder("RUSTC_VERSION", "RUSTC_LLVM_VERSION");
        vm.queryProperty().set("rust(");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.invalidProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).startsWith("Not a valid regular expression");
        vm.regexProperty().set(false);
        assertThat(vm.invalidProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("No matches");
        vm.queryProperty().set("");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
    }
    /**
     * Queries run in the background: the keystroke's frame does not wait for the scan, and an
     * answer that comes back after a newer query's (a slow regular expression, say) is dropped.
     */
    @Test
    void onlyTheNewestAnswerIsListed() {
        List<Runnable> waiting = new ArrayList<>();
        BackgroundExecutor held = new BackgroundExecutor() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                    java.util.function.Consumer<? super Exception> onFailure) {
                waiting.add(() -> new SameThreadExecutor().run(work, onSuccess, onFailure));
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
        vm = new SearchViewModel(held, opened::add);
        vm.setTree(OptionTree.of(ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.GCC)).model()));
        waiting.remove(0).run(); // the index

        vm.queryProperty().set("rust");
        vm.queryProperty().set("inline c helpers");
        assertThat(vm.results()).as("nothing listed before an answer").isEmpty();
        assertThat(waiting).hasSize(2);
        waiting.remove(1).run(); // the newest answer first
        assertThat(names()).containsExactly("RUST_INLINE_HELPERS");
        waiting.remove(0).run(); // then the older one, late
        assertThat(names()).containsExactly("RUST_INLINE_HELPERS");
        assertThat(vm.statusProperty().get()).isEqualTo("1 match (1 hidden now)");
    }
}
