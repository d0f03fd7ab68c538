package org.kconfigexplorer.app.ui;

import java.util.function.LongSupplier;
import javafx.scene.input.InputEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Whether the user has left the window alone: no input (pointer, keys, scrolling) in its scene
 * for a quiet period, and none of the application's other windows (a dialog) open. Work that may
 * hold the UI thread for a moment, like the {@link WarmUp}, waits for this, so that the moment
 * falls where nobody is acting.
 */
public final class UserIdle {

    private final Stage stage;
    private final long quietNanos;
    private final LongSupplier clock;
    private long lastInput;

    /**
     * @param quietMillis how long after the last input the user counts as idle
     * @param clock       the time in nanoseconds ({@code System::nanoTime}; a fake one in tests)
     */
    public UserIdle(Stage stage, long quietMillis, LongSupplier clock) {
        this.stage = stage;
        this.quietNanos = quietMillis * 1_000_000;
        this.clock = clock;
        this.lastInput = clock.getAsLong();
        stage.addEventFilter(InputEvent.ANY, e -> lastInput = clock.getAsLong());
    }

    public boolean isIdle() {
        return clock.getAsLong() - lastInput >= quietNanos && Window.getWindows().stream()
                .noneMatch(w -> w != stage && w instanceof Stage && w.isShowing());
    }
}
