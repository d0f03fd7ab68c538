package org.kconfigexplorer.app.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A side panel's work that follows the model only while the panel is on screen
 * ({@link #activeProperty()}, bound to its tab): asked for while the panel is hidden, it runs once,
 * when the panel is shown again. A hidden panel kept up to date costs the UI thread for nothing.
 */
public final class WhileShown {

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final Runnable work;
    /** The work was asked for while the panel was hidden. */
    private boolean stale;

    public WhileShown(Runnable work) {
        this.work = work;
        active.addListener((obs, old, now) -> {
            if (now && stale) {
                request();
            }
        });
    }

    /** Whether the panel is on screen (true until bound). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Runs the work now if the panel is on screen, or else once it is. */
    public void request() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        work.run();
    }
}
