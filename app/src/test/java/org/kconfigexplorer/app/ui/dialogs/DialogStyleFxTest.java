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

/** Alerts and the Open-kernel-tree dialog use the window's text size and theme. */
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
        assertThat(onFx(() -> List.copyOf(openTree.getStylesheets()))).isEqualTo(Theme.DARK.stylesheets());
        onFx(() -> {
            ((Button) openTree.lookupButton(ButtonType.CANCEL)).fire();
            return null;
        });

        // Twice the text size: an alert's text is twice as big, in the dark theme. (The
        // Open-kernel-tree dialog is wider than the test screen at 200%, which the headless
        // screen cannot draw.)
        onFx(() -> {
            window.view().fontScaleProperty().set(FontScale.P200);
            window.viewModel().fail("bigger now");
            return null;
        });
        waitUntil("the alert is shown", () -> shownDialog(robot, "bigger now").isPresent());
        DialogPane alert = shownDialog(robot, "bigger now").orElseThrow();
        assertThat(onFx(() -> label(alert, "bigger now").getFont().getSize()) / alert100).isCloseTo(2.0, within(0.1));
        assertThat(onFx(() -> List.copyOf(alert.getStylesheets()))).isEqualTo(Theme.DARK.stylesheets());
        onFx(() -> {
            ((Button) alert.lookupButton(ButtonType.OK)).fire();
            return null;
        });
    }
}
