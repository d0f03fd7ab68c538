package org.kconfigexplorer.kconfig.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Kconfig files bundled as class-path resources under a folder, such as the embedded tree. */
public final class ClasspathSourceTree implements SourceTree {

    private final String folder;
    private final String srctree;
    private final ClassLoader loader;

    /**
     * @param folder  resource folder, e.g. {@code org/kconfigexplorer/resources/kconfig}
     * @param srctree what $(srctree) expands to for this tree
     */
    public ClasspathSourceTree(String folder, String srctree) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.srctree = srctree;
        this.loader = ClasspathSourceTree.class.getClassLoader();
    }

    @Override
    public Optional<String> read(String name) throws IOException {
        String relative = name.startsWith(srctree + "/") ? name.substring(srctree.length() + 1) : name;
        try (InputStream in = loader.getResourceAsStream(folder + relative)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public String srctree() {
        return srctree;
    }

    @Override
    public String describe() {
        return "embedded tree (" + folder + ")";
    }
}
