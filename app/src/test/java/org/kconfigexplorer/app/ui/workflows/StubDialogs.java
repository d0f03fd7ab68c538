package org.kconfigexplorer.app.ui.workflows;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.kconfigexplorer.app.ui.dialogs.FileDialogs;

/** File dialogs that answer with the paths a test set beforehand. */
final class StubDialogs implements FileDialogs {
    volatile Path open;
    volatile Path save;
    volatile Path directory;

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        return Optional.ofNullable(save);
    }

    @Override
    public Optional<Path> chooseOpenFile(Window owner, String title) {
        return Optional.ofNullable(open);
    }

    @Override
    public Optional<Path> chooseDirectory(Window owner, String title) {
        return Optional.ofNullable(directory);
    }
}
