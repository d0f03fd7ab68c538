package org.kconfigexplorer.app.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.kconfigexplorer.app.ui.explorer.ExplorerView;
import org.kconfigexplorer.app.ui.explorer.UserFacingException;

/**
 * The last line of defence: an exception nobody caught (a bug) is logged for developers on
 * standard error and shown to the user as a short message, never as a stack trace.
 */
final class UnexpectedErrors {

    private UnexpectedErrors() {
    }

    static void install(Window owner) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.err.println("kconfig-explorer: unexpected error in " + thread.getName() + ": " + e);
            e.printStackTrace();
            Runnable show = () -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, "Something went wrong inside Kconfig Explorer: "
                        + UserFacingException.messageOf(e) + "\n\nYour settings are unchanged; you can go on working "
                        + "or save a fragment.");
                alert.setHeaderText("Unexpected error");
                alert.setTitle("Kconfig Explorer");
                if (owner.getScene() != null && owner.getScene().getRoot() instanceof ExplorerView view) {
                    view.styleDialog(alert);
                }
                if (owner.isShowing()) {
                    alert.initOwner(owner);
                }
                alert.show();
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
            if (previous != null && !(e instanceof RuntimeException)) {
                previous.uncaughtException(thread, e);
            }
        });
    }
}
