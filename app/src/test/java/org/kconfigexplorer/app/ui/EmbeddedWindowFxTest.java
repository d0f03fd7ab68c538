package org.kconfigexplorer.app.ui;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * For TestFX tests of the whole window on the embedded model, with the default options and file
 * dialogs that are always cancelled: each test gets a fresh window (on TestFX's primary stage) and
 * background executor. (TestFX looks for {@code @Start} in the test class only, so the window is
 * opened in a {@code @BeforeEach}, which subclasses inherit.)
 */
@ExtendWith(ApplicationExtension.class)
public abstract class EmbeddedWindowFxTest {

    protected ExplorerWindow window;
    protected FxBackgroundExecutor executor;

    @BeforeEach
    void openWindow() throws Exception {
        executor = new FxBackgroundExecutor();
        FxToolkit.setupStage(stage -> window = ExplorerWindow.open(stage, LaunchOptions.defaults(), executor,
                (owner, title, suggested) -> Optional.empty()));
    }

    @AfterEach
    void shutDown() {
        executor.shutdown();
    }
}
