package org.kconfigexplorer.app.ui.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file chooser; remembers the folder last used. */
public final class FxFileDialogs implements FileDialogs {

    private File lastFolder;

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseOpenFile(Window owner, String title) {
        return remember(chooser(title).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseDirectory(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File dir = chooser.showDialog(owner);
        if (dir == null) {
            return Optional.empty();
        }
        lastFolder = dir.getParentFile();
        return Optional.of(dir.toPath());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("All files", "*"),
                new FileChooser.ExtensionFilter("Config files (*.config, *.fragment)", "*.config", "*.fragment"),
                new FileChooser.ExtensionFilter("Toolchain profiles (*.json)", "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
