package org.kconfigexplorer.app.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.within;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntilIdle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.kconfigexplorer.app.ui.settings.Settings;
import org.kconfigexplorer.app.ui.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A corrupt settings file is reported and kept aside; text size and theme are chosen in the View
 * menu and remembered; the window's layout comes back when it is opened again.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsFxTest {

    @TempDir
    Path dir;

    private ExplorerWindow window;
    private FxBackgroundExecutor executor;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("settings.json");
        Files.writeString(file, "{\"recentTrees\": [ {\"path\": ");
        executor = new FxBackgroundExecutor();
        window = ExplorerWindow.open(stage, LaunchOptions.defaults(), executor, new StubDialogs(), new SettingsStore(file));
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    /** View > {@code submenu} > {@code item}, clicked once each popup is on screen. */
    private static void chooseMenu(FxRobot robot, String submenu, String item) {
        robot.clickOn(robot.from(robot.lookup("#" + Ids.MENU_BAR).queryParent()).lookup(".menu")
                .match(n -> n instanceof javafx.scene.control.Labeled l && "View".equals(l.getText())).<javafx.scene.Node>query());
        javafx.scene.Node sub = shownMenuItem(robot, submenu);
        robot.clickOn(sub);
        javafx.scene.Node target = shownMenuItem(robot, item);
        // Move sideways into the submenu first, so the pointer does not pass over other entries.
        javafx.geometry.Bounds from = onFx(() -> sub.localToScreen(sub.getBoundsInLocal()));
        javafx.geometry.Bounds to = onFx(() -> target.localToScreen(target.getBoundsInLocal()));
        robot.moveTo(new javafx.geometry.Point2D(to.getMinX() + 10, from.getCenterY()));
        robot.clickOn(target);
    }

    private static javafx.scene.Node shownMenuItem(FxRobot robot, String text) {
        waitUntil("the menu shows " + text, () -> robot.lookup(".menu-item").match(n -> isShown(n, text)).tryQuery().isPresent());
        return robot.lookup(".menu-item").match(n -> isShown(n, text)).query();
    }

    private static boolean isShown(javafx.scene.Node n, String text) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.lookupAll(".label").stream().anyMatch(l -> l instanceof javafx.scene.control.Label lab
                        && text.equals(lab.getText()));
    }

    @Test
    void corruptSettingsAreReportedAndTextSizeAndThemeAreRemembered(FxRobot robot) throws Exception {
        ListView<?> problems = robot.lookup("#" + Ids.PROBLEMS_LIST).queryListView();
        waitUntil("the corrupt settings are reported", () -> problems.getItems().stream()
                .anyMatch(p -> p.toString().contains("could not be read") && p.toString().contains("corrupt-")));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anySatisfy(n -> assertThat(n).startsWith("settings.json.corrupt-"));
        }

        chooseMenu(robot, "Text size", "200%");
        double expected = FontScale.P200.rootFontSize(Font.getDefault().getSize() * 1.08);
        waitUntil("the text is twice as big", () -> onFx(window.view()::isTextSizeApplied));
        assertThat(onFx(() -> robot.from(robot.lookup("#" + Ids.MENU_BAR).queryParent()).lookup(".label")
                .queryLabeled().getFont().getSize())).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.5));
        assertThat(onFx(() -> robot.lookup("#" + Ids.DETAILS_NAME).queryLabeled().getFont().getSize()))
                .isGreaterThan(Font.getDefault().getSize() * 2);

        assertThat(nameBrightness(robot)).as("dark text").isLessThan(0.4);
        robot.clickOn("#" + Ids.THEME_TOGGLE);
        waitUntil("the dark theme is used", () -> onFx(window.view()::isThemeApplied) && nameBrightness(robot) > 0.6);
        waitUntil("both are remembered", () -> Files.exists(file) && Files.readString(file).contains("\"fontScale\" : 200")
                && Files.readString(file).contains("\"theme\" : \"dark\""));
        assertThat(new SettingsStore(file).load().settings().fontScale()).isEqualTo(200);
        assertThat(List.of(window.settings().theme())).containsExactly("dark");
    }

    /** How bright the option name in the details is (its text colour follows the theme). */
    private static double nameBrightness(FxRobot robot) {
        return onFx(() -> ((javafx.scene.paint.Color) robot.lookup("#" + Ids.DETAILS_NAME).queryLabeled().getTextFill())
                .getBrightness());
    }

    /** Opens an explorer window on a new stage with the settings in {@code store}, and waits until it has loaded. */
    private ExplorerWindow openWindow(SettingsStore store) {
        ExplorerWindow w = onFx(() -> ExplorerWindow.open(new Stage(), LaunchOptions.defaults(), executor,
                new StubDialogs(), store));
        waitUntilIdle(w.viewModel());
        return w;
    }

    private static Stage stageOf(ExplorerWindow w) {
        return (Stage) w.scene().getWindow();
    }

    @Test
    void theWindowLayoutIsRestoredWhenTheWindowIsOpenedAgain() throws Exception {
        Path layoutFile = dir.resolve("layout.json");
        SettingsStore store = new SettingsStore(layoutFile);

        ExplorerWindow first = openWindow(store);
        onFx(() -> {
            Stage stage = stageOf(first);
            stage.setX(130);
            stage.setY(70);
            stage.setWidth(900);
            stage.setHeight(640);
            first.view().mainSplit().setDividerPositions(0.35);
            first.view().splitViewProperty().set(true);
            first.view().splitMenus().setDividerPositions(0.25);
            first.view().sideTabs().getSelectionModel().select(first.view().sideTabs().getTabs().stream()
                    .filter(t -> Ids.GRAPH_TAB.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        // The scene follows the window's new size (it was larger) a moment later.
        waitUntil("the window has its new size", () -> first.scene().getWidth() <= 900
                && first.scene().getWidth() > 800 && first.scene().getHeight() <= 640 && first.scene().getHeight() > 560);
        double width = onFx(() -> first.scene().getWidth());
        double height = onFx(() -> first.scene().getHeight());
        double divider = onFx(() -> first.view().mainSplit().getDividerPositions()[0]);
        double menuDivider = onFx(() -> first.view().splitMenus().getDividerPositions()[0]);
        assertThat(divider).isCloseTo(0.35, within(0.02));
        assertThat(menuDivider).isCloseTo(0.25, within(0.02));
        onFx(() -> {
            stageOf(first).close();
            return null;
        });
        Settings.WindowLayout saved = new SettingsStore(layoutFile).load().settings().window();
        assertThat(saved).isEqualTo(new Settings.WindowLayout(width, height, divider, 130.0, 70.0, false,
                Ids.GRAPH_TAB, menuDivider, true));

        // Opened again: the same place, size, dividers, tab and split view. Then maximized and closed.
        ExplorerWindow second = openWindow(store);
        assertThat(onFx(() -> stageOf(second).getX())).isEqualTo(130);
        assertThat(onFx(() -> stageOf(second).getY())).isEqualTo(70);
        assertThat(onFx(() -> second.scene().getWidth())).isEqualTo(width);
        assertThat(onFx(() -> second.scene().getHeight())).isEqualTo(height);
        assertThat(onFx(() -> second.view().mainSplit().getDividerPositions()[0])).isCloseTo(divider, within(0.01));
        assertThat(onFx(() -> second.view().sideTabs().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo(Ids.GRAPH_TAB);
        assertThat(onFx(() -> second.view().splitViewProperty().get())).isTrue();
        assertThat(onFx(() -> second.view().splitMenus().getDividerPositions()[0])).isCloseTo(menuDivider, within(0.01));
        assertThat(onFx(() -> stageOf(second).isMaximized())).isFalse();
        onFx(() -> {
            stageOf(second).setMaximized(true);
            return null;
        });
        waitUntil("the window is maximized", () -> stageOf(second).isMaximized());
        onFx(() -> {
            stageOf(second).close();
            return null;
        });
        saved = new SettingsStore(layoutFile).load().settings().window();
        assertThat(saved.maximized()).isTrue();
        // What un-maximizing goes back to: the size and place it had before.
        assertThat(List.of(saved.width(), saved.height(), saved.x(), saved.y())).containsExactly(width, height, 130.0, 70.0);

        ExplorerWindow third = openWindow(store);
        assertThat(onFx(() -> stageOf(third).isMaximized())).isTrue();
        onFx(() -> {
            stageOf(third).close();
            return null;
        });
    }
}
