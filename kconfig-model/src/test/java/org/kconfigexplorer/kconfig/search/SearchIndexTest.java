package org.kconfigexplorer.kconfig.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.kconfig.search.SearchIndex.Field;
import org.kconfigexplorer.kconfig.search.SearchIndex.Hit;
import org.kconfigexplorer.kconfig.search.SearchIndex.Mode;
import org.kconfigexplorer.kconfig.search.SearchIndex.Result;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/** Search over names, prompts and help of the embedded Rust model. */
class SearchIndexTest {

    private static ExplorerSession session;
    private static SearchIndex index;

    @BeforeAll
    static void open() {
        session = ExplorerSession.openEmbedded(ToolchainProfiles.presets().get(0));
        index = SearchIndex.of(session.model());
    }

    private static List<String> names(Result r) {
        return r.hits().stream().map(h -> h.node().symbol() == null ? "<" + h.node().promptText() + ">"
                : h.node().symbol().name()).toList();
    }

    @Test
    void exactNameFirstThenPrefixThenContains() {
        Result r = index.search("rust", Mode.SUBSTRING, 500);
        assertThat(r.isError()).isFalse();
        assertThat(names(r).get(0)).isEqualTo("RUST");
        assertThat(r.hits().get(0).field()).isEqualTo(Field.NAME);
        assertThat(names(r)).contains("RUST_INLINE_HELPERS", "RUSTC_VERSION", "BLK_DEV_RUST_NULL");
        assertThat(names(r).indexOf("RUST_INLINE_HELPERS")).isLessThan(names(r).indexOf("BLK_DEV_RUST_NULL"));
        List<Integer> ranks = r.hits().stream().map(Hit::rank).toList();
        assertThat(ranks).isSorted();
    }

    @Test
    void configPrefixAndCaseAreIgnoredForNames() {
        assertThat(names(index.search("CONFIG_rust_inline_helpers", Mode.SUBSTRING, 10)))
                .first().isEqualTo("RUST_INLINE_HELPERS");
    }

    @Test
    void findsPromptsAndHelpText() {
        Result prompt = index.search("inline c helpers", Mode.SUBSTRING, 10);
        assertThat(names(prompt)).containsExactly("RUST_INLINE_HELPERS");
        assertThat(prompt.hits().get(0).field()).isEqualTo(Field.PROMPT);

        Result help = index.search("null block driver got", Mode.SUBSTRING, 10);
        assertThat(names(help)).containsExactly("RUST_INLINE_HELPERS");
        assertThat(help.hits().get(0).field()).isEqualTo(Field.HELP);
    }

    @Test
    void regexMode() {
        Result r = index.search("^rustc_.*version$", Mode.REGEX, 50);
        assertThat(names(r)).contains("RUSTC_VERSION", "RUSTC_LLVM_VERSION").doesNotContain("RUST");
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.field()).isEqualTo(Field.NAME));
    }

    @Test
    void invalidRegexIsAMessageNotAnException() {
        Result r = index.search("RUST(", Mode.REGEX, 50);
        assertThat(r.isError()).isTrue();
        assertThat(r.error()).startsWith("Not a valid regular expression");
        assertThat(r.hits()).isEmpty();
    }

    @Test
    void limitKeepsTheBestAndCountsAll() {
        Result all = index.search("e", Mode.SUBSTRING, 10_000);
        Result few = index.search("e", Mode.SUBSTRING, 5);
        assertThat(few.hits()).hasSize(5).isEqualTo(all.hits().subList(0, 5));
        assertThat(few.total()).isEqualTo(all.total());
        assertThat(few.truncated()).isTrue();
        assertThat(index.search("   ", Mode.SUBSTRING, 5).hits()).isEmpty();
    }

    @Test
    void readsTheSourceOfADefinition() throws Exception {
        var loc = session.model().symbol("RUST_INLINE_HELPERS").definitions().get(0);
        String text = session.readSource(loc.file()).orElseThrow();
        assertThat(text.split("\n", -1)[loc.line() - 1]).isEqualTo("config RUST_INLINE_HELPERS");
        assertThat(session.readSource("no/such/Kconfig")).isEmpty();
    }
}
