package org.kconfigexplorer.app.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntilIdle;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.EmbeddedWindowFxTest;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.dialogs.DialogStyle;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new text size or theme comes to the shown window a region a frame, never to the whole window
 * in one frame; once it has come, every text of the window has it, in the panels hidden behind
 * their tabs and the hidden layout too.
 */
class WindowRegionsFxTest extends EmbeddedWindowFxTest {

    @BeforeEach
    void describeAnOption() {
        waitUntilIdle(window.viewModel());
        onFx(() -> {
            window.viewModel().selectSymbol("RUST_INLINE_HELPERS");
            return null;
        });
        waitUntilIdle(window.viewModel());
    }

    @Test
    void aNewTextSizeComesARegionAFrameToEveryText() {
        comesARegionAFrameToEveryText(t -> t.getFont().getSize(), (before, now) -> Math.abs(now / before - 1.5) < 0.05,
                () -> window.view().fontScaleProperty().set(FontScale.P150), window.view()::isTextSizeApplied);
    }

    @Test
    void aNewThemeComesARegionAFrameToEveryText() {
        comesARegionAFrameToEveryText(Text::getFill, (before, now) -> !now.equals(before),
                () -> window.view().useTheme(Theme.DARK), window.view()::isThemeApplied);
    }

    /**
     * The parts a skin makes (the Toolchain panel's scroll bars) have the window's text size from
     * the start, though the skin came after the window took it.
     */
    @Test
    void aSkinsPartsHaveTheTextSizeFromTheStart() {
        List<Node> bars = onFx(() -> ((Parent) window.scene().lookup("#" + Styles.Ids.TOOLCHAIN_PANEL)).getChildrenUnmodifiable()
                .stream().filter(n -> n.getStyleClass().contains("scroll-bar")).toList());
        assertThat(bars).isNotEmpty();
        javafx.css.PseudoClass at100 = javafx.css.PseudoClass.getPseudoClass("kx-text-100");
        for (Node bar : bars) {
            assertThat(bar.getStyleClass()).contains(Styles.REGION);
            assertThat(onFx(() -> bar.getPseudoClassStates().contains(at100))).as("at the window's size").isTrue();
        }
    }

    /**
     * The Toolchain panel, which takes a text size in parts, scales its margins and gaps with it:
     * at 150%, its first line sits 1.5 times as far down, and its first field's editor 1.5 times
     * as far in.
     */
    @Test
    void aPanelInPartsScalesItsMarginsWithTheText() {
        onFx(() -> {
            window.view().sideTabs().getSelectionModel().select(3);
            return null;
        });
        assertThat(onFx(() -> window.view().sideTabs().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo(Styles.Ids.TOOLCHAIN_TAB);
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = onFx(this::firstFieldsPlace);
        onFx(() -> {
            window.view().fontScaleProperty().set(FontScale.P150);
            return null;
        });
        waitUntil("the text size has come to every region", () -> onFx(window.view()::isTextSizeApplied));
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = onFx(this::firstFieldsPlace);
        assertThat(after[0] / before[0]).as("how far in the first field's editor is").isCloseTo(1.5, within(0.05));
        assertThat(after[1] / before[1]).as("how far down its first line is").isCloseTo(1.5, within(0.05));
    }

    /** In the Toolchain panel: the first field's editor's x, and the first line's y. */
    private double[] firstFieldsPlace() {
        Node panel = window.scene().lookup("#" + Styles.Ids.TOOLCHAIN_PANEL);
        Node first = window.scene().lookup("#" + Styles.Ids.field("cc.kind"));
        Node firstLine = window.scene().lookup("#" + Styles.Ids.TOOLCHAIN_MODE);
        javafx.geometry.Point2D origin = panel.localToScene(0, 0);
        javafx.geometry.Point2D one = first.localToScene(0, 0);
        javafx.geometry.Point2D line = firstLine.localToScene(0, 0);
        return new double[] {one.getX() - origin.getX(), line.getY() - origin.getY()};
    }

    /**
     * The nodes around the regions show nothing of their own: with the regions in the dark theme
     * at 150%, giving the root that theme and text size instead (the regions at the root's size)
     * changes no pixel of the window, whichever side panel is shown (the Toolchain panel takes the
     * text size in parts; its margins, in pixels, it has for 150% either way).
     */
    @Test
    void theRootShowsNothingOfItsOwn() {
        onFx(() -> {
            window.view().useTheme(Theme.DARK);
            window.view().fontScaleProperty().set(FontScale.P150);
            return null;
        });
        waitUntil("the regions are dark, at 150%", () -> onFx(() -> window.view().isThemeApplied()
                && window.view().isTextSizeApplied()));
        int panels = onFx(() -> window.view().sideTabs().getTabs().size());
        List<javafx.scene.image.WritableImage> regionsOnly = new ArrayList<>();
        for (int i = 0; i < panels; i++) {
            regionsOnly.add(snapshotWithPanel(i));
        }
        onFx(() -> {
            Parent root = window.scene().getRoot();
            Theme.DARK.applyTo(root);
            root.setStyle("-fx-font-size: " + 1.5 * DialogStyle.rootFontSize(FontScale.P100) + "px;");
            javafx.css.PseudoClass at150 = javafx.css.PseudoClass.getPseudoClass("kx-text-150");
            root.lookupAll("." + Styles.REGION).forEach(region -> region.pseudoClassStateChanged(at150, false));
            return null;
        });
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < panels; i++) {
            javafx.scene.image.WritableImage withRoot = snapshotWithPanel(i);
            for (String at : differences(regionsOnly.get(i), withRoot)) {
                differ.add("side panel " + i + ": " + at);
            }
        }
        assertThat(differ).as("pixels that change with the root").isEmpty();
    }

    /**
     * The window with side panel {@code index} shown, the option tree focused, once it has
     * settled: the same picture for 0.3 s (a panel shown may take a few frames, as the source view
     * drawing its lines, or the graph its layout).
     */
    private javafx.scene.image.WritableImage snapshotWithPanel(int index) {
        boolean graph = onFx(() -> {
            // The same node has the focus in every picture (a focused text field hides its prompt).
            window.scene().lookup("#" + Styles.Ids.OPTION_TREE).requestFocus();
            window.view().sideTabs().getSelectionModel().select(index);
            return Styles.Ids.GRAPH_TAB.equals(window.view().sideTabs().getTabs().get(index).getId());
        });
        if (graph) {
            waitUntil("the graph is laid out", () -> onFx(() ->
                    !window.scene().lookup("#" + Styles.Ids.GRAPH_EXPORT_PNG).isDisabled()));
        }
        javafx.scene.image.WritableImage last = null;
        int same = 0;
        for (int tries = 0; tries < 50 && same < 3; tries++) {
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.image.WritableImage now = onFx(() -> window.scene().snapshot(null));
            same = last != null && differences(last, now).isEmpty() ? same + 1 : 0;
            last = now;
        }
        return last;
    }

    /** Where {@code a} and {@code b} differ, the first few pixels. */
    private static List<String> differences(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        List<String> differ = new ArrayList<>();
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            differ.add("size " + a.getWidth() + "x" + a.getHeight() + " and " + b.getWidth() + "x" + b.getHeight());
            return differ;
        }
        for (int y = 0; y < (int) a.getHeight() && differ.size() < 5; y++) {
            for (int x = 0; x < (int) a.getWidth() && differ.size() < 5; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    differ.add(x + "," + y);
                }
            }
        }
        return differ;
    }

    /**
     * Makes {@code change} and checks, frame by frame, how many of the window's texts have changed
     * their {@code measure} as {@code changed} says: none before the first frame, some and not
     * others over several frames, then every one.
     */
    private <V> void comesARegionAFrameToEveryText(Function<Text, V> measure, BiPredicate<V, V> changed, Runnable change,
            BooleanSupplier done) {
        Map<Text, V> before = onFx(() -> {
            Map<Text, V> values = new IdentityHashMap<>();
            textsNow().forEach(t -> values.put(t, measure.apply(t)));
            return values;
        });
        assertThat(before).hasSizeGreaterThan(100);
        Function<Map<Text, V>, Long> changedNow = texts -> texts.entrySet().stream()
                .filter(e -> changed.test(e.getValue(), measure.apply(e.getKey()))).count();

        List<Long> changedEachFrame = new ArrayList<>();
        AnimationTimer recorder = new AnimationTimer() {
            @Override
            public void handle(long now) {
                changedEachFrame.add(changedNow.apply(before));
            }
        };
        onFx(() -> {
            recorder.start();
            change.run();
            return null;
        });
        waitUntil("the change has come to every region", () -> onFx(done::getAsBoolean));
        waitUntil("a frame after the last region", () -> onFx(() -> changedEachFrame.size() >= 2
                && changedEachFrame.get(changedEachFrame.size() - 1).equals(changedNow.apply(before))));
        onFx(() -> {
            recorder.stop();
            return null;
        });

        // Every text of the window has changed: those there before, and those made since (rows, cells).
        List<String> unchanged = onFx(() -> {
            List<String> wrong = new ArrayList<>();
            for (Text t : textsNow()) {
                if (before.containsKey(t) && !changed.test(before.get(t), measure.apply(t))) {
                    wrong.add("\"" + t.getText() + "\" " + before.get(t) + " -> " + measure.apply(t));
                }
            }
            return wrong;
        });
        assertThat(unchanged).as("texts left as they were").isEmpty();

        // Frame by frame: some regions at a time, never every text in one frame.
        long all = onFx(() -> changedNow.apply(before));
        assertThat(all).isGreaterThan(before.size() / 2);
        assertThat(changedEachFrame.get(0)).as("before the first frame's region").isZero();
        assertThat(changedEachFrame).as("frames with some regions changed and others not")
                .filteredOn(n -> n > 0 && n < all).hasSizeGreaterThan(3);
    }

    private List<Text> textsNow() {
        List<Text> all = new ArrayList<>();
        texts(window.scene().getRoot(), all);
        return all;
    }

    /**
     * Every text node under {@code node}, shown or not; but for the crosses on the graph's edges,
     * which keep the size of the lines they sit on.
     */
    private static void texts(Node node, List<Text> into) {
        if (node instanceof Text t) {
            into.add(t);
        }
        if (node instanceof Parent p && !p.getStyleClass().contains(Styles.GRAPH_EDGE_MARK)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                texts(child, into);
            }
        }
    }
}
