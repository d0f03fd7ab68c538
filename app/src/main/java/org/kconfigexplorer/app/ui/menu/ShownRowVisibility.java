package org.kconfigexplorer.app.ui.menu;

import javafx.beans.InvalidationListener;

/**
 * For a cell: follows whether the row it shows is one conf would show now, telling the cell
 * whenever that may have changed (the listener moves with the row the cell is reused for).
 */
final class ShownRowVisibility {

    private final InvalidationListener listener;
    private OptionRow shown;

    /** @param changed run when the shown row's visibility may have changed */
    ShownRowVisibility(Runnable changed) {
        listener = o -> changed.run();
    }

    /** Follows {@code row} from now on (null: nothing shown). */
    void show(OptionRow row) {
        if (shown != null) {
            shown.visibleProperty().removeListener(listener);
        }
        shown = row;
        if (shown != null) {
            shown.visibleProperty().addListener(listener);
        }
    }

    /** The row followed, or null. */
    OptionRow shown() {
        return shown;
    }

    /** A row is shown and conf would not show it now. */
    boolean hidden() {
        return shown != null && !shown.isVisible();
    }
}
