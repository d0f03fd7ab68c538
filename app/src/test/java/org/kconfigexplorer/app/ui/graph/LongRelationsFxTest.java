package org.kconfigexplorer.app.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * An option selected by 60 others shows its first links and "+N more"; clicking that shows every
 * selector, in the model's order, each opening its option. The links are reused for the next
 * symbol shown, and then stand for its relations only. A few more than the first links are all
 * shown, without "+N more".
 */
@ExtendWith(ApplicationExtension.class)
class LongRelationsFxTest {

    private static final int SELECTORS = 60;
    /** FEW is selected by the last this many: a few over the links shown at first. */
    private static final int FEW = RelationsView.LINKS_SHOWN + RelationsView.FEW_MORE;
    private final List<String> opened = new ArrayList<>();
    private RelationsView view;
    private RelationsViewModel vm;
    private ExplorerSession session;
    private Stage ownStage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder kconfig = new StringBuilder("config TARGET\n\tbool\nconfig FEW\n\tbool\n");
        for (int i = 0; i < SELECTORS; i++) {
            kconfig.append("config S").append(i).append("\n\tbool \"selector ").append(i).append("\"\n\tselect TARGET\n");
            if (i >= SELECTORS - FEW) {
                kconfig.append("\tselect FEW\n");
            }
        }
        Files.writeString(dir.resolve("Kconfig"), kconfig);
        session = ExplorerSession.openDirectory(dir, TestTrees.preset(TestTrees.GCC));
        vm = new RelationsViewModel();
        vm.show(session.model(), session.model().symbol("TARGET"));
        view = new RelationsView(vm, opened::add);
        ownStage = FxTestSupport.showInOwnStage(new ScrollPane(view), 600, 400);
    }

    @Stop
    void stop() {
        ownStage.close();
    }

    private List<String> linkedSymbols() {
        return onFx(() -> view.lookupAll("." + Styles.RELATION_LINK).stream()
                .map(n -> (String) n.getProperties().get(RelationsView.SYMBOL_KEY)).toList());
    }

    @Test
    void aLongRelationShowsTheRestOnRequest(FxRobot robot) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < SELECTORS; i++) {
            all.add("S" + i);
        }
        assertThat(linkedSymbols()).isEqualTo(all.subList(0, RelationsView.LINKS_SHOWN));
        Hyperlink more = onFx(() -> (Hyperlink) view.lookup("." + Styles.RELATION_MORE));
        assertThat(more.getText()).isEqualTo("+" + (SELECTORS - RelationsView.LINKS_SHOWN) + " more");

        onFx(() -> {
            more.fire();
            return null;
        });
        waitUntil("every selector is linked", () -> linkedSymbols().size() == SELECTORS);
        assertThat(linkedSymbols()).isEqualTo(all);
        assertThat(onFx(() -> view.lookup("." + Styles.RELATION_MORE))).isNull();

        Node last = onFx(() -> view.lookupAll("." + Styles.RELATION_LINK).stream()
                .filter(n -> ("S" + (SELECTORS - 1)).equals(n.getProperties().get(RelationsView.SYMBOL_KEY)))
                .findFirst().orElseThrow());
        onFx(() -> {
            ((Hyperlink) last).fire();
            return null;
        });
        assertThat(opened).containsExactly("S" + (SELECTORS - 1));
    }

    @Test
    void theNextSymbolReusesTheLinksForItsOwnRelations(FxRobot robot) {
        Hyperlink first = onFx(() -> (Hyperlink) view.lookup("." + Styles.RELATION_LINK));
        onFx(() -> {
            ((Hyperlink) view.lookup("." + Styles.RELATION_MORE)).fire();
            return null;
        });
        waitUntil("every selector is linked", () -> linkedSymbols().size() == SELECTORS);
        assertThat(first.getStyleClass()).contains(Styles.VALUE_NO).doesNotContain(Styles.VALUE_YES);

        // S0 on turns TARGET on: S1's one relation is "selects TARGET", shown as on.
        onFx(() -> {
            session.model().setUserValue(session.model().symbol("S0"), "y");
            vm.show(session.model(), session.model().symbol("S1"));
            return null;
        });
        assertThat(linkedSymbols()).containsExactly("TARGET");
        assertThat(onFx(() -> view.lookupAll("." + Styles.RELATION_KIND).stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()))
                .containsExactly(vm.groups().get(0).title());
        assertThat(onFx(() -> view.lookup("." + Styles.RELATION_MORE))).isNull();
        Hyperlink link = onFx(() -> (Hyperlink) view.lookup("." + Styles.RELATION_LINK));
        assertThat(link).isSameAs(first);
        assertThat(link.getText()).contains("TARGET");
        assertThat(link.getStyleClass()).contains(Styles.VALUE_YES).doesNotContain(Styles.VALUE_NO);
        onFx(() -> {
            link.fire();
            return null;
        });
        assertThat(opened).containsExactly("TARGET");

        onFx(() -> {
            vm.show(session.model(), session.model().symbol("TARGET"));
            return null;
        });
        List<String> firstSelectors = new ArrayList<>();
        for (int i = 0; i < RelationsView.LINKS_SHOWN; i++) {
            firstSelectors.add("S" + i);
        }
        assertThat(linkedSymbols()).isEqualTo(firstSelectors);
        assertThat(onFx(() -> ((Hyperlink) view.lookup("." + Styles.RELATION_MORE)).getText()))
                .isEqualTo("+" + (SELECTORS - RelationsView.LINKS_SHOWN) + " more");
    }

    @Test
    void aFewMoreThanTheFirstLinksAreAllShown(FxRobot robot) {
        onFx(() -> {
            vm.show(session.model(), session.model().symbol("FEW"));
            return null;
        });
        List<String> selectors = new ArrayList<>();
        for (int i = SELECTORS - FEW; i < SELECTORS; i++) {
            selectors.add("S" + i);
        }
        assertThat(linkedSymbols()).isEqualTo(selectors);
        assertThat(onFx(() -> view.lookup("." + Styles.RELATION_MORE))).isNull();
    }
}
