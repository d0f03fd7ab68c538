package org.kconfigexplorer.app.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.FxTestSupport;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alerts and the Open-kernel-tree dialog use the window's text size and theme; the
 * Open-kernel-tree dialog fits the screen at 100% and 200% text size, its texts wrapped, not cut.
 */
@ExtendWith(ApplicationExtension.class)
class DialogStyleFxTest {

    private ExplorerWindow window;
    private org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor();
        window = ExplorerWindow.open(stage, LaunchOptions.defaults(), executor, (owner, title, suggested) -> Optional.empty());
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    /** The dialog pane on screen whose labels include {@code text}. */
    private static Optional<DialogPane> shownDialog(FxRobot robot, String text) {
        return robot.lookup("." + Styles.DIALOG).match(n -> n instanceof DialogPane p && p.getScene() != null
                && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing()
                && label(p, text) != null).tryQuery();
    }

    private static Label label(DialogPane pane, String text) {
        for (Node n : pane.lookupAll(".label")) {
            if (n instanceof Label l && l.getText() != null && l.getText().contains(text)) {
                return l;
            }
        }
        return null;
    }

    /** Opens the dialog with {@code show}, returns the font size of its label {@code text}, and closes it. */
    private static double fontSizeIn(FxRobot robot, Runnable show, String text) {
        onFx(() -> {
            show.run();
            return null;
        });
        waitUntil("a dialog with \u201c" + text + "\u201d is shown", () -> shownDialog(robot, text).isPresent());
        DialogPane pane = shownDialog(robot, text).orElseThrow();
        double size = onFx(() -> label(pane, text).getFont().getSize());
        onFx(() -> {
            Node close = pane.lookupButton(pane.getButtonTypes().contains(ButtonType.CANCEL) ? ButtonType.CANCEL
                    : ButtonType.OK);
            ((Button) close).fire();
            return null;
        });
        waitUntil("the dialog is closed", () -> shownDialog(robot, text).isEmpty());
        return size;
    }

    private double openTreeFont(FxRobot robot) {
        return fontSizeIn(robot, () -> window.view().openTreeDialog(), "Folder:");
    }

    private double alertFont(FxRobot robot) {
        return fontSizeIn(robot, () -> window.viewModel().fail("the disk is full"), "the disk is full");
    }

    @Test
    void dialogsFollowTheTextSizeAndTheTheme(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        double alert100 = alertFont(robot);
        assertThat(alert100).isCloseTo(DialogStyle.rootFontSize(FontScale.P100), within(0.5));
        assertThat(openTreeFont(robot)).isCloseTo(DialogStyle.rootFontSize(FontScale.P100), within(0.5));

        // The theme's stylesheets come along.
        onFx(() -> {
            window.view().themeProperty().set(Theme.DARK);
            window.view().openTreeDialog();
            return null;
        });
        waitUntil("the dialog is shown", () -> shownDialog(robot, "Folder:").isPresent());
        DialogPane openTree = shownDialog(robot, "Folder:").orElseThrow();
        assertThat(onFx(() -> List.copyOf(openTree.getStylesheets()))).isEqualTo(Theme.stylesheets());
        assertThat(onFx(() -> openTree.getPseudoClassStates())).contains(Theme.DARK_ROOT);
        onFx(() -> {
            ((Button) openTree.lookupButton(ButtonType.CANCEL)).fire();
            return null;
        });

        // Twice the text size: an alert's text is twice as big, in the dark theme.
        onFx(() -> {
            window.view().fontScaleProperty().set(FontScale.P200);
            window.viewModel().fail("bigger now");
            return null;
        });
        waitUntil("the alert is shown", () -> shownDialog(robot, "bigger now").isPresent());
        DialogPane alert = shownDialog(robot, "bigger now").orElseThrow();
        assertThat(onFx(() -> label(alert, "bigger now").getFont().getSize()) / alert100).isCloseTo(2.0, within(0.1));
        assertThat(onFx(() -> List.copyOf(alert.getStylesheets()))).isEqualTo(Theme.stylesheets());
        // Light text on a dark background.
        assertThat(onFx(() -> ((javafx.scene.paint.Color) label(alert, "bigger now").getTextFill()).getBrightness()))
                .isGreaterThan(0.6);
        onFx(() -> {
            ((Button) alert.lookupButton(ButtonType.OK)).fire();
            return null;
        });
    }

    @Test
    void aDialogTallerThanTheScreenIsKeptOnIt(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        // An error of 60 lines at twice the text size: far taller than the screen.
        String text = "first of many lines" + "\nand another line".repeat(59);
        onFx(() -> {
            window.view().fontScaleProperty().set(FontScale.P200);
            window.viewModel().fail(text);
            return null;
        });
        waitUntil("the alert is shown", () -> shownDialog(robot, "first of many lines").isPresent());
        DialogPane alert = shownDialog(robot, "first of many lines").orElseThrow();
        javafx.stage.Window w = onFx(() -> alert.getScene().getWindow());
        javafx.geometry.Rectangle2D screen = onFx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        assertThat(onFx(() -> label(alert, "first of many lines").prefHeight(-1))).as("the text alone")
                .isGreaterThan(screen.getHeight());
        waitUntil("the alert is within the screen", () -> w.getY() >= screen.getMinY()
                && w.getY() + w.getHeight() <= screen.getMaxY() + 0.5 && w.getHeight() <= screen.getHeight());
        // Its button is still inside the window, on the screen.
        Node ok = alert.lookupButton(ButtonType.OK);
        assertThat(onFx(() -> ok.localToScreen(ok.getBoundsInLocal()).getMaxY())).isLessThanOrEqualTo(screen.getMaxY());
        onFx(() -> {
            ((Button) ok).fire();
            return null;
        });
    }

    @Test
    void openTreeDialogFitsTheScreenAtEveryTextSize(FxRobot robot) {
        FxTestSupport.waitUntilIdle(window.viewModel());
        checkOpenTreeDialog(robot, FontScale.P100, 720);
        checkOpenTreeDialog(robot, FontScale.P150, 1280);
        checkOpenTreeDialog(robot, FontScale.P200, 1280);
    }

    /** Opens the dialog at {@code scale}: no wider than {@code maxWidth}, every text whole, in both toolchain modes. */
    private void checkOpenTreeDialog(FxRobot robot, FontScale scale, double maxWidth) {
        onFx(() -> {
            window.view().fontScaleProperty().set(scale);
            window.view().openTreeDialog();
            return null;
        });
        waitUntil("the dialog is shown", () -> shownDialog(robot, "Folder:").isPresent());
        DialogPane pane = shownDialog(robot, "Folder:").orElseThrow();
        assertThat(onFx(() -> label(pane, "Folder:").getFont().getSize()))
                .isCloseTo(DialogStyle.rootFontSize(scale), within(0.5));
        assertFitsAndReadable(pane, scale, maxWidth);

        // The host toolchain: its warning appears, wrapped, and the dialog still fits.
        onFx(() -> {
            ((RadioButton) pane.lookup("#" + Styles.Ids.HOST_MODE_RADIO)).fire();
            return null;
        });
        waitUntil("the warning is shown", () -> pane.lookup("." + Styles.HOST_WARNING).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertFitsAndReadable(pane, scale, maxWidth);
        Label warning = (Label) pane.lookup("." + Styles.HOST_WARNING);
        assertThat(onFx(warning::getHeight)).as("the warning wraps over lines").isGreaterThan(
                2 * onFx(() -> warning.getFont().getSize()));

        onFx(() -> {
            ((Button) pane.lookupButton(ButtonType.CANCEL)).fire();
            return null;
        });
        waitUntil("the dialog is closed", () -> shownDialog(robot, "Folder:").isEmpty());
    }

    private static void assertFitsAndReadable(DialogPane pane, FontScale scale, double maxWidth) {
        String at = " at " + scale.label();
        double paneWidth = onFx(pane::getWidth);
        assertThat(paneWidth).as("dialog width" + at).isLessThanOrEqualTo(maxWidth);
        assertThat(onFx(() -> pane.getScene().getWindow().getWidth())).as("window width" + at)
                .isLessThanOrEqualTo(maxWidth);
        List<String> cut = onFx(() -> {
            List<String> wrong = new java.util.ArrayList<>();
            for (Node n : pane.lookupAll(".label, .radio-button, .button")) {
                if (!(n instanceof Labeled l) || !l.isVisible() || l.getText() == null || l.getText().isEmpty()) {
                    continue;
                }
                Text shown = (Text) l.lookup(".text");
                javafx.geometry.Bounds b = pane.sceneToLocal(l.localToScene(l.getBoundsInLocal()));
                if (shown == null || !l.getText().equals(shown.getText())) {
                    wrong.add("cut: " + l.getText() + " shown as " + (shown == null ? null : shown.getText()));
                } else if (b.getMinX() < 0 || b.getMaxX() > paneWidth + 0.5) {
                    wrong.add("outside the dialog: " + l.getText() + " " + b);
                }
            }
            return wrong;
        });
        assertThat(cut).as("texts" + at).isEmpty();
        // No text over another: the host choice (wrapped over two lines at large sizes) above the problem line.
        double hostBottom = onFx(() -> {
            Node host = pane.lookup("#" + Styles.Ids.HOST_MODE_RADIO);
            return host.localToScene(host.getBoundsInLocal()).getMaxY();
        });
        double problemTop = onFx(() -> {
            Node problem = pane.lookup("#" + Styles.Ids.OPEN_TREE_PROBLEM);
            return problem.localToScene(problem.getBoundsInLocal()).getMinY();
        });
        assertThat(hostBottom).as("the host choice ends above the problem line" + at).isLessThanOrEqualTo(problemTop + 0.5);
        // The window shows all of it, down to the buttons.
        Node open = pane.lookupButton(org.kconfigexplorer.app.ui.opentree.OpenTreeDialog.OPEN);
        assertThat(onFx(() -> open.localToScene(open.getBoundsInLocal()).getMaxY()))
                .as("the Open button inside the window" + at)
                .isLessThanOrEqualTo(onFx(() -> pane.getScene().getHeight()));
    }
}
