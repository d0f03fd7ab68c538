package org.kconfigexplorer.app.ui.explorer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which symbol a problem's file:line is about: the one assigned on a .config line, or the
 * config entry whose definition contains a Kconfig line. Pure.
 */
final class ProblemTarget {

    private static final Pattern CONFIG_LINE = Pattern.compile("^(?:# )?CONFIG_([A-Za-z0-9_]+)(?:=| is not set)");
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(config|menuconfig|choice|endchoice|menu|endmenu|comment|if|endif|source|mainmenu)\\b\\s*(\\S*)");

    private ProblemTarget() {
    }

    /** The symbol the 1-based {@code line} of a file's {@code lines} is about, if any. */
    static Optional<String> symbolAt(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        Matcher c = CONFIG_LINE.matcher(lines.get(line - 1));
        if (c.find()) {
            return Optional.of(c.group(1));
        }
        for (int i = line - 1; i >= 0; i--) {
            Matcher m = ENTRY.matcher(lines.get(i));
            if (m.find()) {
                boolean config = m.group(1).equals("config") || m.group(1).equals("menuconfig");
                return config && m.group(2).matches("[A-Za-z0-9_]+") ? Optional.of(m.group(2)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
