package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;

import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The user counts as idle after a quiet second without input, and not while a dialog is open. */
@ExtendWith(ApplicationExtension.class)
class UserIdleTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(5 * SECOND);
    private Stage stage;
    private StackPane root;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = new StackPane();
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @Test
    void idleAfterAQuietSecondAndWithNoDialogOpen() {
        UserIdle idle = onFx(() -> new UserIdle(stage, 1000, clock::get));
        assertThat(onFx(idle::isIdle)).isFalse();
        clock.addAndGet(SECOND);
        assertThat(onFx(idle::isIdle)).isTrue();

        // A key press in the window: busy again, for a second.
        onFx(() -> {
            Event.fireEvent(root, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false));
            return null;
        });
        assertThat(onFx(idle::isIdle)).isFalse();
        clock.addAndGet(SECOND / 2);
        assertThat(onFx(idle::isIdle)).isFalse();
        clock.addAndGet(SECOND / 2);
        assertThat(onFx(idle::isIdle)).isTrue();

        // A dialog of the application in front: not idle while it is open.
        Stage dialog = onFx(() -> {
            Stage d = new Stage();
            d.initOwner(stage);
            d.setScene(new Scene(new StackPane(), 100, 50));
            d.show();
            return d;
        });
        assertThat(onFx(idle::isIdle)).isFalse();
        onFx(() -> {
            dialog.close();
            return null;
        });
        assertThat(onFx(idle::isIdle)).isTrue();
    }
}
