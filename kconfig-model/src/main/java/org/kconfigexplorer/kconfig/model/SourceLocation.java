package org.kconfigexplorer.kconfig.model;

/** A place in a Kconfig file: the file name as the tree names it, and a 1-based line. */
public record SourceLocation(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
