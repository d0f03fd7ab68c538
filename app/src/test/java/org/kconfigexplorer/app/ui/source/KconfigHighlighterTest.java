package org.kconfigexplorer.app.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.source.KconfigHighlighter.Span;
import org.kconfigexplorer.kconfig.model.SourceLocation;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/** Kconfig syntax highlighting and the source excerpts around definitions. */
class KconfigHighlighterTest {

    private static final String TEXT = String.join("\n",
            "# Rust options",
            "config RUSTC_CLANG_LLVM_COMPATIBLE",
            "\tdef_bool y if CC_IS_CLANG && RUSTC_LLVM_MAJOR_VERSION = $(shell,expr $(cc-version) / 10000)",
            "",
            "config RUST_INLINE_HELPERS",
            "\tbool \"Inline C helpers into Rust code (EXPERIMENTAL)\"",
            "\tdepends on RUST && !KASAN # not with KASAN",
            "\thelp",
            "\t  Rust calls small C functions; config words in help",
            "",
            "\t  stay help text.",
            "",
            "config NEXT",
            "\tstring \"x$(srctree)y\"",
            "");

    private static String styled(List<Span> spans, String style) {
        return spans.stream().filter(s -> s.style().equals(style)).map(s -> TEXT.substring(s.start(), s.end()))
                .collect(Collectors.joining("|"));
    }

    @Test
    void highlightsEveryKindOfToken() {
        List<Span> spans = KconfigHighlighter.highlight(TEXT);
        assertThat(styled(spans, Styles.KC_COMMENT)).isEqualTo("# Rust options|# not with KASAN");
        assertThat(styled(spans, Styles.KC_KEYWORD)).isEqualTo("config|if|config|depends|on|help|config");
        assertThat(styled(spans, Styles.KC_TYPE)).isEqualTo("def_bool|bool|string");
        assertThat(styled(spans, Styles.KC_STRING))
                .isEqualTo("\"Inline C helpers into Rust code (EXPERIMENTAL)\"|\"x|y\"");
        assertThat(styled(spans, Styles.KC_MACRO)).isEqualTo("$(shell,expr $(cc-version) / 10000)|$(srctree)");
        assertThat(styled(spans, Styles.KC_HELP))
                .isEqualTo("\t  Rust calls small C functions; config words in help|\t  stay help text.");
        assertThat(styled(spans, Styles.KC_SYMBOL)).contains("RUSTC_CLANG_LLVM_COMPATIBLE", "CC_IS_CLANG", "KASAN",
                "NEXT").doesNotContain("words");
        assertThat(styled(spans, Styles.KC_OPERATOR)).contains("&&", "!", "=");
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }

    @Test
    void excerptShowsTheWholeEntryWithContextAndMarksTheDefinitionLine() {
        SourceDocument doc = SourceDocument.of(List.of(
                new SourceDocument.Excerpt(new SourceLocation("lib/Kconfig", 5), TEXT, null),
                new SourceDocument.Excerpt(new SourceLocation("gone/Kconfig", 3), null, "gone/Kconfig is not in the tree")));
        String[] lines = doc.text().split("\n", -1);
        assertThat(lines[0]).isEqualTo("Defined at lib/Kconfig:5");
        assertThat(doc.text()).contains("config RUST_INLINE_HELPERS", "\t  stay help text.", "config NEXT",
                "Defined at gone/Kconfig:3", "(gone/Kconfig is not in the tree)");
        assertThat(doc.definitionLines()).hasSize(1);
        int def = doc.definitionLines().get(0);
        assertThat(lines[def]).isEqualTo("config RUST_INLINE_HELPERS");
        assertThat(doc.lines().get(def).fileLine()).isEqualTo(5);
        assertThat(doc.lines().get(1).fileLine()).isEqualTo(2);
        assertThat(doc.lines()).hasSize(lines.length);
        Span help = doc.spans().stream().filter(s -> s.style().equals(Styles.KC_HELP)).findFirst().orElseThrow();
        assertThat(doc.text().substring(help.start(), help.end())).contains("Rust calls small C functions");
    }

    @Test
    void viewModelReadsEveryDefinitionOfTheEmbeddedTree() {
        ExplorerSession session = ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.GCC));
        SourceViewModel vm = new SourceViewModel(new SameThreadExecutor());
        vm.show(session, session.model().symbol("RUST_INLINE_HELPERS").nodes().get(0));
        assertThat(vm.titleProperty().get()).isEqualTo("RUST_INLINE_HELPERS: 1 definition");
        assertThat(vm.document().text()).contains("Defined at lib/Kconfig.debug:", "config RUST_INLINE_HELPERS",
                "depends on EXPERT");
        vm.show(session, null);
        assertThat(vm.document().text()).isEmpty();
    }

    @Test
    void whileHiddenTheViewModelOnlyRemembersWhatToShow() {
        ExplorerSession session = ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.GCC));
        SourceViewModel vm = new SourceViewModel(new SameThreadExecutor());
        vm.activeProperty().set(false);
        vm.show(session, session.model().symbol("EXPERT").nodes().get(0));
        vm.show(session, session.model().symbol("RUST").nodes().get(0));
        assertThat(vm.document().text()).isEmpty();
        vm.activeProperty().set(true);
        assertThat(vm.titleProperty().get()).startsWith("RUST:");
        assertThat(vm.document().text()).contains("config RUST").doesNotContain("menuconfig EXPERT");
    }
}
