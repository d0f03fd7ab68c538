package org.kconfigexplorer.app.ui.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.concurrent.SameThreadExecutor;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The source view puts a new source in a few lines a frame from the next frame on (a code area
 * makes every paragraph it shows anew, about 0.7 ms each on x86_64): the old source goes at once,
 * in the end the whole new text is there, highlighted, with its definition lines marked and
 * numbered in the gutter, and a source replaced while it was still coming in leaves nothing of
 * itself behind.
 */
@ExtendWith(ApplicationExtension.class)
class SourceViewFxTest {

    private final ExplorerSession session = ExplorerSession.openEmbedded(TestTrees.preset(TestTrees.GCC));
    private final SourceViewModel vm = new SourceViewModel(new SameThreadExecutor());
    private SourceView view;

    @Start
    void start(Stage stage) {
        view = new SourceView(vm);
        Scene scene = new Scene(view, 700, 500);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void show(String symbol) {
        vm.show(session, session.model().symbol(symbol).nodes().get(0));
    }

    private static String gutterText(HBox gutter, int index) {
        return ((Text) gutter.getChildren().get(index)).getText();
    }

    @Test
    void aLongSourceComesInOverFramesWhole(org.testfx.api.FxRobot robot) {
        onFx(() -> {
            show("EXPERT");
            return null;
        });
        waitUntil("a first source is shown", () -> onFx(() -> view.area().getText()).equals(vm.document().text()));
        String shownAtOnce = onFx(() -> {
            show("RUST_INLINE_HELPERS");
            return view.area().getText();
        });
        SourceDocument doc = vm.document();
        // The test is about a source longer than two frames' shares.
        assertThat(doc.lines().size()).isGreaterThan(2 * SourceView.PARAGRAPHS_PER_FRAME);
        // The old source goes at once; the new one comes from the next frame on.
        assertThat(shownAtOnce).isEmpty();

        waitUntil("the whole source is shown", () -> onFx(() -> view.area().getText()).equals(doc.text()));
        onFx(() -> {
            for (KconfigHighlighter.Span span : doc.spans()) {
                assertThat(view.area().getStyleOfChar(span.start())).as("style at %d", span.start())
                        .contains(span.style());
            }
            List<Integer> defs = doc.definitionLines();
            assertThat(defs).isNotEmpty();
            int def = defs.get(0);
            assertThat(view.area().getParagraph(def).getParagraphStyle()).contains(Styles.SOURCE_DEFINITION_LINE);
            assertThat(view.area().getParagraph(def).getText()).isEqualTo("config RUST_INLINE_HELPERS");

            HBox defGutter = (HBox) view.area().getParagraphGraphicFactory().apply(def);
            assertThat(gutterText(defGutter, 0).trim()).isEqualTo(Integer.toString(doc.lines().get(def).fileLine()));
            Node marker = defGutter.getChildren().get(1);
            assertThat(marker.isVisible()).isTrue();
            assertThat(marker.getAccessibleText()).isEqualTo("definition");
            HBox nextGutter = (HBox) view.area().getParagraphGraphicFactory().apply(def + 1);
            assertThat(gutterText(nextGutter, 0).trim()).isEqualTo(Integer.toString(doc.lines().get(def).fileLine() + 1));
            assertThat(nextGutter.getChildren().get(1).isVisible()).isFalse();
            return null;
        });
    }

    @Test
    void aSourceReplacedWhileComingInLeavesNothingBehind() {
        onFx(() -> {
            show("RUST_INLINE_HELPERS");
            show("EXPERT");
            return null;
        });
        SourceDocument doc = vm.document();
        assertThat(doc.text()).contains("config EXPERT");
        waitUntil("the second source is shown", () -> onFx(() -> view.area().getText()).equals(doc.text()));
        // A few frames later it is still just that source.
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(onFx(() -> view.area().getText())).isEqualTo(doc.text());
    }
    /**
     * Shown again for a new text size while the panel is hidden, the area empties at once (the
     * text size then restyles no lines) and stays empty, taking no lines a frame, until the panel
     * is shown; then the whole source comes back.
     */
    @Test
    void aHiddenPanelShowsItsSourceAgainOnlyOnceShown() {
        onFx(() -> {
            show("RUST_INLINE_HELPERS");
            return null;
        });
        SourceDocument doc = vm.document();
        waitUntil("the source is shown", () -> onFx(() -> view.area().getText()).equals(doc.text()));

        onFx(() -> {
            vm.activeProperty().set(false);
            view.showAgain();
            return null;
        });
        assertThat(onFx(() -> view.area().getText())).isEmpty();
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(onFx(() -> view.area().getText())).as("hidden, a few frames later").isEmpty();

        onFx(() -> {
            vm.activeProperty().set(true);
            return null;
        });
        waitUntil("the source is shown again", () -> onFx(() -> view.area().getText()).equals(doc.text()));
    }

    @Test
    void aShownPanelShowsItsSourceAgainAtOnce() {
        onFx(() -> {
            show("EXPERT");
            return null;
        });
        SourceDocument doc = vm.document();
        waitUntil("the source is shown", () -> onFx(() -> view.area().getText()).equals(doc.text()));
        assertThat(onFx(() -> {
            view.showAgain();
            return view.area().getText();
        })).isEmpty();
        waitUntil("the source is shown again", () -> onFx(() -> view.area().getText()).equals(doc.text()));
    }
}
