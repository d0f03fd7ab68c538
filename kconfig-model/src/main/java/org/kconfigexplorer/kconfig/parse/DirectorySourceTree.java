package org.kconfigexplorer.kconfig.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Kconfig files in a directory, such as an unpacked kernel source tree. */
public final class DirectorySourceTree implements SourceTree {

    private final Path root;

    public DirectorySourceTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public Optional<String> read(String name) throws IOException {
        Path path = Path.of(name).isAbsolute() ? Path.of(name) : root.resolve(name);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    }

    @Override
    public String srctree() {
        return root.toString();
    }

    @Override
    public String describe() {
        return root.toString();
    }
}
