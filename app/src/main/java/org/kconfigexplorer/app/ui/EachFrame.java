package org.kconfigexplorer.app.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * Work spread over the coming frames, a share a frame, so that no frame waits long for it (a view
 * showing a hundred new lines, say). A frame runs its share first, before its styling and layout.
 * Use on the UI thread.
 */
public final class EachFrame {

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (skipFrame) {
                skipFrame = false;
            } else if (share != null && !share.getAsBoolean()) {
                EachFrame.this.stop();
            }
        }
    };
    private BooleanSupplier share;
    private boolean skipFrame;

    /**
     * Runs {@code share} once a frame, from the frame after next, until it returns false (nothing
     * left), instead of any work under way.
     */
    public void start(BooleanSupplier share) {
        start(share, true);
    }

    /**
     * Like {@link #start}, but from the next frame on: for a caller that put nothing in yet, and
     * leaves the next frame to the work that called it (a selection, say).
     */
    public void startNextFrame(BooleanSupplier share) {
        start(share, false);
    }

    private void start(BooleanSupplier share, boolean skip) {
        this.share = share;
        skipFrame = skip;
        timer.start();
    }

    /** Drops the work under way, if any. */
    public void stop() {
        timer.stop();
        share = null;
    }
}
