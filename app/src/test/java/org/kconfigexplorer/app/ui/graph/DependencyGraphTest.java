package org.kconfigexplorer.app.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.app.ui.graph.DependencyGraph.Edge;
import org.kconfigexplorer.app.ui.graph.DependencyGraph.EdgeKind;
import org.kconfigexplorer.app.ui.graph.GraphLayout.PlacedNode;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.explain.SymbolRelations.Kind;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/** The pure graph pipeline on the embedded model: relations, neighbourhood, ELK layout, SVG. */
class DependencyGraphTest {

    private static KconfigModel model;
    private static SymbolRelations relations;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        model = ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.CLANG19)).model();
        relations = SymbolRelations.of(model);
    }

    private static List<String> names(Kind kind, String sym) {
        return relations.of(model.symbol(sym), kind).stream().map(s -> s.name()).toList();
    }

    @Test
    void relationsOfRust() {
        assertThat(names(Kind.DEPENDS_ON, "RUST_INLINE_HELPERS"))
                .contains("RUST", "RUSTC_CLANG_LLVM_COMPATIBLE", "EXPERT");
        assertThat(names(Kind.SELECTED_BY, "DEBUG_KERNEL")).contains("EXPERT");
        assertThat(names(Kind.SELECTS, "EXPERT")).contains("DEBUG_KERNEL");
        assertThat(names(Kind.SELECTED_BY, "HAVE_RUST")).isNotEmpty();
        assertThat(relations.all(model.symbol("RUST_INLINE_HELPERS"))).containsKey(Kind.DEPENDS_ON);
    }

    @Test
    void neighbourhoodAtDepthOneAndTwo() {
        DependencyGraph one = DependencyGraph.build(model, relations, model.symbol("RUST_INLINE_HELPERS"), 1, 150);
        assertThat(one.nodes()).extracting(DependencyGraph.Node::name)
                .startsWith("RUST_INLINE_HELPERS").contains("RUST", "EXPERT", "RUSTC_CLANG_LLVM_COMPATIBLE");
        assertThat(one.node("RUST_INLINE_HELPERS").center()).isTrue();
        assertThat(one.edges()).contains(new Edge("RUST_INLINE_HELPERS", "RUST", EdgeKind.DEPENDS_ON, false));
        assertThat(one.notShown()).isZero();
        DependencyGraph two = DependencyGraph.build(model, relations, model.symbol("RUST_INLINE_HELPERS"), 2, 150);
        assertThat(two.nodes().size()).isGreaterThan(one.nodes().size());
        assertThat(two.nodes()).extracting(DependencyGraph.Node::name).contains("CC_IS_CLANG", "DEBUG_KERNEL");
        assertThat(two.edges()).contains(new Edge("EXPERT", "DEBUG_KERNEL", EdgeKind.SELECTS, false));
        // Clang 19 preset: the compatibility fact is y and met; the helpers are n until RUST and EXPERT are on.
        assertThat(two.node("RUSTC_CLANG_LLVM_COMPATIBLE").value()).isEqualTo("y");
        assertThat(two.node("RUST_INLINE_HELPERS").met()).isFalse();
        assertThat(two.node("RUST_INLINE_HELPERS").title()).isEqualTo("\u2718 RUST_INLINE_HELPERS");
        assertThat(two.node("RUST_INLINE_HELPERS").subtitle()).isEqualTo("= n  bool");
    }

    @Test
    void edgesSayWhetherTheyHoldNow() {
        DependencyGraph g = DependencyGraph.build(model, relations, model.symbol("RUST_INLINE_HELPERS"), 2, 150);
        // Clang 19: the LLVM compatibility fact is y, so that dependency is met; RUST and EXPERT are n.
        assertThat(g.edge("RUST_INLINE_HELPERS", "RUSTC_CLANG_LLVM_COMPATIBLE", EdgeKind.DEPENDS_ON).met()).isTrue();
        assertThat(g.edge("RUST_INLINE_HELPERS", "RUST", EdgeKind.DEPENDS_ON).met()).isFalse();
        assertThat(g.edge("RUST_INLINE_HELPERS", "EXPERT", EdgeKind.DEPENDS_ON).met()).isFalse();
        Edge select = g.edge("EXPERT", "DEBUG_KERNEL", EdgeKind.SELECTS);
        assertThat(select.met()).isFalse();
        assertThat(select.description()).isEqualTo("EXPERT selects DEBUG_KERNEL: not in effect");
        assertThat(g.edge("RUST_INLINE_HELPERS", "RUST", EdgeKind.DEPENDS_ON).description())
                .isEqualTo("RUST_INLINE_HELPERS depends on RUST: unmet");
        assertThat(g.edges()).anyMatch(Edge::met).anyMatch(e -> !e.met());
    }

    @Test
    void aBoxWithItsDependenciesMetHasNoUnmetDependencyEdge() {
        DependencyGraph g = DependencyGraph.build(model, relations, model.symbol("RUST"), 3, 150);
        assertThat(g.edges()).filteredOn(e -> e.kind() == EdgeKind.DEPENDS_ON && g.node(e.from()).met())
                .isNotEmpty().allSatisfy(e -> assertThat(e.met()).as(e.description()).isTrue());
        // RUST = n by choice, its dependencies met: "!DEBUG_INFO_BTF || PAHOLE_HAS_LANG_EXCLUDE" holds through
        // its first alternative, so the n of PAHOLE_HAS_LANG_EXCLUDE blocks nothing.
        assertThat(g.node("RUST").met()).isTrue();
        assertThat(g.node("PAHOLE_HAS_LANG_EXCLUDE").value()).isEqualTo("n");
        assertThat(g.edge("RUST", "PAHOLE_HAS_LANG_EXCLUDE", EdgeKind.DEPENDS_ON).met()).isTrue();
    }

    @Test
    void edgeStatesFollowTheTermsNotJustTheTargetsValue(@org.junit.jupiter.api.io.TempDir Path tree) throws Exception {
        Files.writeString(tree.resolve("Kconfig"), String.join("\n",
                "config B", "\tbool \"b\"",
                "config C", "\tbool \"c\"",
                "config NOT_B", "\tbool \"not b\"", "\tdepends on !B",
                "config A", "\tbool \"a\"", "\tdepends on B || NOT_B", "\tselect C if B",
                "menu \"M\"", "\tvisible if B",
                "config INSIDE", "\tbool \"inside\"",
                "endmenu", ""));
        KconfigModel small = ExplorerSession.openDirectory(tree, TestTrees.preset(TestTrees.CLANG19)).model();
        SymbolRelations rel = SymbolRelations.of(small);
        DependencyGraph g = DependencyGraph.build(small, rel, small.symbol("A"), 2, 150);
        // B = n: "!B" holds, "B" does not, and the select waits for A (n) and its condition.
        assertThat(g.edge("NOT_B", "B", EdgeKind.DEPENDS_ON).met()).isTrue();
        assertThat(g.edge("A", "B", EdgeKind.DEPENDS_ON).met()).isFalse();
        assertThat(g.edge("A", "NOT_B", EdgeKind.DEPENDS_ON).met()).isFalse();
        assertThat(g.edge("A", "C", EdgeKind.SELECTS).met()).isFalse();

        small.setTristate(small.symbol("NOT_B"), org.kconfigexplorer.kconfig.model.Tristate.YES);
        small.setTristate(small.symbol("A"), org.kconfigexplorer.kconfig.model.Tristate.YES);
        g = DependencyGraph.build(small, rel, small.symbol("A"), 2, 150);
        assertThat(g.node("A").value()).isEqualTo("y");
        assertThat(g.edge("A", "NOT_B", EdgeKind.DEPENDS_ON).met()).isTrue();
        // B is still n, but NOT_B makes up for it in "B || NOT_B": B holds nothing back.
        assertThat(g.edge("A", "B", EdgeKind.DEPENDS_ON).met()).isTrue();
        // A is y, but its select is conditional on B, which is still n.
        assertThat(g.edge("A", "C", EdgeKind.SELECTS).met()).isFalse();

        small.setTristate(small.symbol("B"), org.kconfigexplorer.kconfig.model.Tristate.YES);
        DependencyGraph inside = DependencyGraph.build(small, rel, small.symbol("INSIDE"), 1, 150);
        assertThat(inside.edge("INSIDE", "B", EdgeKind.VISIBLE_IF).met()).isTrue();
        g = DependencyGraph.build(small, rel, small.symbol("A"), 2, 150);
        // B = y: NOT_B's "!B" fails now (NOT_B drops to n, so A loses NOT_B and keeps B).
        assertThat(g.edge("NOT_B", "B", EdgeKind.DEPENDS_ON).met()).isFalse();
        assertThat(g.edge("A", "B", EdgeKind.DEPENDS_ON).met()).isTrue();
    }

    @Test
    void theCapLeavesTheRestAsACount() {
        DependencyGraph capped = DependencyGraph.build(model, relations, model.symbol("RUST"), 4, 5);
        assertThat(capped.nodes()).hasSize(5);
        assertThat(capped.notShown()).isPositive();
        assertThat(GraphViewModel.describe(capped)).contains("5 symbols within 4 steps of RUST")
                .contains(capped.notShown() + " more not shown");
        assertThat(capped.edges()).allSatisfy(e -> {
            assertThat(capped.node(e.from())).isNotNull();
            assertThat(capped.node(e.to())).isNotNull();
        });
    }

    @Test
    void layoutPlacesBoxesWithoutOverlapAndRoutesEveryEdge() {
        DependencyGraph g = DependencyGraph.build(model, relations, model.symbol("RUST_INLINE_HELPERS"), 2, 150);
        GraphLayout.Result r = GraphLayout.layout(g, 13);
        assertThat(r.nodes()).hasSize(g.nodes().size());
        for (PlacedNode a : r.nodes()) {
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(r.width() + 0.5);
            assertThat(a.width()).isGreaterThan(a.node().title().length() * 13 * 0.55);
            for (PlacedNode b : r.nodes()) {
                if (a != b) {
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                    assertThat(apart).as(a.node().name() + " and " + b.node().name() + " overlap").isTrue();
                }
            }
        }
        assertThat(r.edges()).hasSize(g.edges().size()).allSatisfy(e -> {
            assertThat(e.points().size()).isGreaterThanOrEqualTo(2);
            GraphLayout.Point end = e.points().get(e.points().size() - 1);
            PlacedNode target = r.node(e.edge().to());
            assertThat(end.x()).isBetween(target.x() - 1, target.x() + target.width() + 1);
            assertThat(end.y()).isBetween(target.y() - 1, target.y() + target.height() + 1);
            // The unmet mark sits on the last segment, between its last bend and the arrow.
            GraphLayout.Point before = e.points().get(e.points().size() - 2);
            GraphLayout.Point mark = e.markPoint();
            assertThat(mark.x()).isBetween(Math.min(before.x(), end.x()), Math.max(before.x(), end.x()));
            assertThat(mark.y()).isBetween(Math.min(before.y(), end.y()), Math.max(before.y(), end.y()));
            assertThat(Math.hypot(mark.x() - end.x(), mark.y() - end.y()))
                    .isCloseTo(Math.hypot(before.x() - end.x(), before.y() - end.y()) / 2, org.assertj.core.data.Offset.offset(0.01));
        });
        GraphLayout.Result big = GraphLayout.layout(g, 24);
        assertThat(big.width()).isGreaterThan(r.width());
    }

    @Test
    void svgIsWellFormedAndSaysWhatTheScreenSays() throws Exception {
        DependencyGraph g = DependencyGraph.build(model, relations, model.symbol("RUST_INLINE_HELPERS"), 1, 150);
        String svg = GraphSvg.write(GraphLayout.layout(g, 13));
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).contains("<svg", "RUST_INLINE_HELPERS", "\u2718", "depends on", "marker-end",
                "symbols within 1 step of RUST_INLINE_HELPERS", GraphSvg.UNMET_LEGEND);
        // Unmet edges are faded and crossed, met ones are not; each edge says which it is.
        long unmet = g.edges().stream().filter(e -> !e.met()).count();
        assertThat(unmet).isPositive().isLessThan(g.edges().size());
        assertThat(count(svg, "class=\"edge depends-on unmet\"")).isEqualTo( // + the legend's sample
                g.edges().stream().filter(e -> !e.met() && e.kind() == EdgeKind.DEPENDS_ON).count() + 1);
        assertThat(count(svg, "<g class=\"edge-mark\">")).isEqualTo(unmet + 1); // + the legend's sample
        assertThat(svg).contains("<title>RUST_INLINE_HELPERS depends on RUST: unmet</title>",
                "<title>RUST_INLINE_HELPERS depends on RUSTC_CLANG_LLVM_COMPATIBLE: met</title>");
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void viewModelLaysOutExportsAndWaitsWhileHidden() throws Exception {
        GraphViewModel vm = new GraphViewModel(new SameThreadExecutor());
        vm.show(model, model.symbol("RUST_INLINE_HELPERS"));
        assertThat(vm.layout()).isNotNull();
        assertThat(vm.layout().graph().depth()).isEqualTo(2);
        assertThat(vm.statusProperty().get()).contains("within 2 steps of RUST_INLINE_HELPERS");
        vm.depthProperty().set(1);
        assertThat(vm.layout().graph().depth()).isEqualTo(1);
        vm.depthProperty().set(9);
        assertThat(vm.depthProperty().get()).isEqualTo(4);
        vm.presentationProperty().set(true);
        assertThat(vm.layout().fontSize()).isEqualTo(GraphViewModel.PRESENTATION_FONT_SIZE);

        Path svg = dir.resolve("g.svg");
        vm.exportSvg(svg);
        assertThat(Files.readString(svg)).contains("RUST_INLINE_HELPERS");
        assertThat(vm.messageProperty().get()).contains("Graph saved to");

        vm.activeProperty().set(false);
        vm.show(model, model.symbol("EXPERT"));
        assertThat(vm.layout().graph().center()).isEqualTo("RUST_INLINE_HELPERS");
        vm.activeProperty().set(true);
        assertThat(vm.layout().graph().center()).isEqualTo("EXPERT");

        // A value change re-colours the graph, edges included.
        assertThat(vm.layout().graph().edge("EXPERT", "DEBUG_KERNEL", EdgeKind.SELECTS).met()).isFalse();
        model.setTristate(model.symbol("EXPERT"), org.kconfigexplorer.kconfig.model.Tristate.YES);
        assertThat(vm.layout().graph().node("EXPERT").value()).isEqualTo("y");
        assertThat(vm.layout().graph().edge("EXPERT", "DEBUG_KERNEL", EdgeKind.SELECTS).met()).isTrue();
        assertThat(vm.layout().edges()).filteredOn(e -> e.edge().from().equals("EXPERT")
                && e.edge().to().equals("DEBUG_KERNEL")).singleElement().satisfies(e -> assertThat(e.edge().met()).isTrue());
        model.setTristate(model.symbol("EXPERT"), org.kconfigexplorer.kconfig.model.Tristate.NO);
        vm.show(model, null);
        assertThat(vm.layout()).isNull();
    }
}
