package org.kconfigexplorer.app.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Upkeep that may hold the UI thread for a moment, done while the user leaves the window alone
 * ({@link UserIdle}): checked twice a second, and run then if the user is idle. The work itself
 * decides whether there is anything to do. Use on the UI thread.
 */
public final class IdleUpkeep {

    private static final Duration CHECK = Duration.millis(500);
    private final Timeline checks = new Timeline();

    public IdleUpkeep(BooleanSupplier idle, Runnable work) {
        checks.getKeyFrames().add(new KeyFrame(CHECK, e -> {
            if (idle.getAsBoolean()) {
                work.run();
            }
        }));
        checks.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        checks.play();
    }

    public void stop() {
        checks.stop();
    }
}
