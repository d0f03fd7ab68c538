package org.kconfigexplorer.app.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * Work spread over the coming frames, a share a frame, so that no frame waits long for it (a view
 * showing a hundred new lines, say). A frame runs its share first, before its styling and layout;
 * the first share runs in the next frame, which leaves the current one to the work that started
 * it (a selection, say). Use on the UI thread.
 */
public final class EachFrame {

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (share != null && !share.getAsBoolean()) {
                EachFrame.this.stop();
            }
        }
    };
    private BooleanSupplier share;

    /** Runs {@code share} once a frame until it returns false (nothing left), instead of any work under way. */
    public void start(BooleanSupplier share) {
        this.share = share;
        timer.start();
    }

    /** Whether work is under way. */
    public boolean isRunning() {
        return share != null;
    }

    /** Does the work left at once, all its shares (for what needs it done, such as an export). */
    public void finishNow() {
        while (share != null) {
            if (!share.getAsBoolean()) {
                stop();
            }
        }
    }

    /** Drops the work under way, if any. */
    public void stop() {
        timer.stop();
        share = null;
    }
}
