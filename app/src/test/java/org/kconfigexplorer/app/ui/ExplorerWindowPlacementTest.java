package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.settings.Settings;

/** A remembered window position is used only when the window's title bar would be on a screen. */
class ExplorerWindowPlacementTest {

    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 2560, 1440);

    private static Settings.WindowLayout at(Double x, Double y) {
        return new Settings.WindowLayout(1000, 700, 0.5, x, y, false, null, null, false);
    }

    @Test
    void aPositionOnAScreenIsUsed() {
        assertThat(ExplorerWindow.placement(at(100.0, 50.0), 1000, List.of(LEFT, RIGHT)))
                .contains(new Point2D(100, 50));
        assertThat(ExplorerWindow.placement(at(2500.0, 300.0), 1000, List.of(LEFT, RIGHT)))
                .contains(new Point2D(2500, 300));
        // Mostly off to the left, but a good part of the title bar shows.
        assertThat(ExplorerWindow.placement(at(-800.0, 10.0), 1000, List.of(LEFT))).isPresent();
    }

    @Test
    void aPositionOffEveryScreenIsIgnored() {
        // The right screen was unplugged.
        assertThat(ExplorerWindow.placement(at(2500.0, 300.0), 1000, List.of(LEFT))).isEmpty();
        // Above the screen: the title bar could not be reached.
        assertThat(ExplorerWindow.placement(at(100.0, -500.0), 1000, List.of(LEFT))).isEmpty();
        // Only a sliver of the title bar on screen.
        assertThat(ExplorerWindow.placement(at(-990.0, 10.0), 1000, List.of(LEFT))).isEmpty();
        assertThat(ExplorerWindow.placement(at(100.0, 1079.0 + 200), 1000, List.of(LEFT))).isEmpty();
        assertThat(ExplorerWindow.placement(at(null, null), 1000, List.of(LEFT))).isEmpty();
        assertThat(ExplorerWindow.placement(at(100.0, 50.0), 1000, List.of())).isEmpty();
    }
}
