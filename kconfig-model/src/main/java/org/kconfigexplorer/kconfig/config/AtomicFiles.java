package org.kconfigexplorer.kconfig.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files without ever losing the user's previous version: the text goes to a temporary
 * file beside the target, the old file is kept as {@code NAME.old}, then the temporary file is
 * renamed into place.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
            if (Files.exists(absolute)) {
                Files.copy(absolute, absolute.resolveSibling(absolute.getFileName() + ".old"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
