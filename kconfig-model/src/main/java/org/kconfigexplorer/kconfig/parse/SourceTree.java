package org.kconfigexplorer.kconfig.parse;

import java.io.IOException;
import java.util.Optional;

/**
 * Where Kconfig files come from: a kernel source directory or the embedded tree on the
 * classpath. Names are relative to the tree root, as {@code source} statements use them.
 */
public interface SourceTree {

    /** The file's text, or empty when there is no such file. */
    Optional<String> read(String name) throws IOException;

    /** The value $(srctree) expands to. */
    String srctree();

    /** A human-readable description for messages, e.g. the directory path. */
    String describe();
}
