package org.kconfigexplorer.kconfig.macro;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each command's output, so reloading a tree runs every distinct command once.
 * The wrapped shell's environment is fixed, so the command text alone is the key.
 */
public final class CachingShell implements MacroShell {

    private final MacroShell delegate;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    public CachingShell(MacroShell delegate) {
        this.delegate = delegate;
    }

    @Override
    public String run(String command) {
        return answers.computeIfAbsent(command, delegate::run);
    }

    /** How many distinct commands were answered so far. */
    public int size() {
        return answers.size();
    }
}
