package org.kconfigexplorer.app.ui.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.kconfig.model.NodeKind;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/** The split view's pages on the embedded model. */
class MenuScopeTest {

    private final OptionTree tree = OptionTree.of(ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.GCC)).model());

    private OptionRow symbol(String name) {
        return tree.bySymbol(name).orElseThrow();
    }

    private OptionRow menu(String label) {
        return tree.rows().stream().filter(r -> r.kind() == NodeKind.MENU && r.label().equals(label)).findFirst()
                .orElseThrow();
    }

    @Test
    void menusAndMenuconfigsWithEntriesAreSubmenus() {
        assertThat(MenuScope.isSubmenu(tree.root())).isTrue();
        assertThat(MenuScope.isSubmenu(menu("General setup"))).isTrue();
        // menuconfig EXPERT has nothing under it in the embedded tree: an entry, not a page.
        assertThat(symbol("EXPERT").kind()).isEqualTo(NodeKind.MENUCONFIG);
        assertThat(MenuScope.isSubmenu(symbol("EXPERT"))).isFalse();
        assertThat(MenuScope.isSubmenu(symbol("RUST"))).isFalse();
        OptionRow kunit = symbol("KUNIT");
        assertThat(MenuScope.isSubmenu(kunit)).isEqualTo(!kunit.children().isEmpty());
    }

    @Test
    void anEntryIsOnThePageOfItsNearestSubmenu() {
        OptionRow helpers = symbol("RUST_INLINE_HELPERS");
        assertThat(MenuScope.pageOf(helpers)).isSameAs(menu("Rust hacking"));
        assertThat(MenuScope.path(menu("Rust hacking"))).containsExactly(tree.root().label(), "Kernel hacking",
                "Rust hacking");
        assertThat(MenuScope.pageOf(menu("Rust hacking"))).isSameAs(menu("Kernel hacking"));
        assertThat(MenuScope.submenusOf(menu("Kernel hacking"))).extracting(OptionRow::label)
                .contains("Rust hacking", "Memory Debugging").doesNotContain("Kernel hacking");
    }

    @Test
    void everyEntryIsOnExactlyOnePageAndEverySubmenuListedOnce() {
        List<OptionRow> listed = new ArrayList<>();
        collect(tree.root(), listed);
        Set<OptionRow> unique = new HashSet<>(listed);
        assertThat(unique).hasSameSizeAs(listed);
        for (OptionRow row : tree.rows()) {
            if (row == tree.root()) {
                continue;
            }
            OptionRow page = MenuScope.pageOf(row);
            assertThat(MenuScope.isSubmenu(page)).as(row.label()).isTrue();
            assertThat(isAncestor(page, row)).as(row.label()).isTrue();
            if (MenuScope.isSubmenu(row)) {
                assertThat(unique).as(row.label()).contains(row);
            }
        }
    }

    private static void collect(OptionRow menu, List<OptionRow> out) {
        out.add(menu);
        for (OptionRow sub : MenuScope.submenusOf(menu)) {
            collect(sub, out);
        }
    }

    private static boolean isAncestor(OptionRow ancestor, OptionRow row) {
        for (OptionRow p = row.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
