package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Idle upkeep runs only while the user is idle, again at each check then, and not once stopped. */
@ExtendWith(ApplicationExtension.class)
class IdleUpkeepTest {

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed.
    }

    @Test
    void runsOnlyWhileTheUserIsIdle() throws Exception {
        AtomicBoolean idle = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        IdleUpkeep upkeep = onFx(() -> new IdleUpkeep(idle::get, runs::incrementAndGet));
        onFx(() -> {
            upkeep.start();
            return null;
        });
        Thread.sleep(1200); // two checks or more, the user busy
        assertThat(runs.get()).isZero();

        idle.set(true);
        waitUntil("the upkeep ran twice", () -> runs.get() >= 2);

        onFx(() -> {
            upkeep.stop();
            return null;
        });
        int stoppedAt = runs.get();
        Thread.sleep(1200);
        assertThat(runs.get()).isEqualTo(stoppedAt);
    }
}
