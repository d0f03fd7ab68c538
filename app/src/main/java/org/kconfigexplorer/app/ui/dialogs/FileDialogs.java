package org.kconfigexplorer.app.ui.dialogs;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for files. Production uses {@link FxFileDialogs}; tests inject paths. */
public interface FileDialogs {

    /**
     * Where to save a file.
     *
     * @return the chosen path, or empty when the user cancelled
     */
    Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName);

    /** A file to read (a .config, a profile); empty when cancelled. */
    default Optional<Path> chooseOpenFile(Window owner, String title) {
        return Optional.empty();
    }

    /** A folder (a kernel source tree); empty when cancelled. */
    default Optional<Path> chooseDirectory(Window owner, String title) {
        return Optional.empty();
    }
}
