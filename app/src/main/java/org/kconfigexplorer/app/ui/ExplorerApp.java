package org.kconfigexplorer.app.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.dialogs.FxFileDialogs;
import org.kconfigexplorer.app.ui.settings.SettingsStore;

/**
 * The explorer window as a JavaFX application. Arguments (after "gui" on the command line):
 * {@code --tree DIR}, {@code --profile ID}, {@code --select SYMBOL}, {@code --theme light|dark}.
 */
public final class ExplorerApp extends Application {

    private BackgroundExecutor executor;

    /** Starts the JavaFX runtime with the explorer window; returns when the window is closed. */
    public static void launchWith(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        executor = new FxBackgroundExecutor();
        UnexpectedErrors.install(stage);
        ExplorerWindow.open(stage, options, executor, new FxFileDialogs(), SettingsStore.atDefaultLocation())
                .warmUpWhenReady();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
