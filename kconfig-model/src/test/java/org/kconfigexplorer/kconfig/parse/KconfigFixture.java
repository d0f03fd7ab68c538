package org.kconfigexplorer.kconfig.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.model.KconfigModel;

/** Writes small Kconfig trees to a directory and parses them, for tests. */
public final class KconfigFixture {

    private final Path dir;

    public KconfigFixture(Path dir) {
        this.dir = dir;
    }

    public KconfigFixture file(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ParseResult parse() {
        return parse(Map.of(), MacroShell.SILENT);
    }

    public ParseResult parse(Map<String, String> env, MacroShell shell) {
        return KconfigParser.parse(new DirectorySourceTree(dir), "Kconfig", env, shell);
    }

    /** Parses a single top-level Kconfig text and returns the model. */
    public static KconfigModel model(Path dir, String kconfig) {
        return new KconfigFixture(dir).file("Kconfig", kconfig).parse().model();
    }
}
