package org.kconfigexplorer.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's command-line options: {@code --tree DIR} (a kernel source tree, or any Kconfig
 * directory, instead of the embedded model), {@code --arch ARCH} (the kernel tree's ARCH; the
 * profile's by default), {@code --profile ID} (a toolchain preset), {@code --select SYMBOL} (open
 * on that option) and {@code --theme light|dark}. Unknown or incomplete arguments are reported in
 * {@link #problems()}, never thrown.
 */
public record LaunchOptions(Path tree, String arch, String profileId, String select, Theme theme,
        List<String> problems) {

    public LaunchOptions {
        problems = List.copyOf(problems);
    }

    public static LaunchOptions defaults() {
        return new LaunchOptions(null, null, null, null, Theme.LIGHT, List.of());
    }

    public static LaunchOptions parse(List<String> args) {
        Path tree = null;
        String arch = null;
        String profile = null;
        String select = null;
        Theme theme = Theme.LIGHT;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--tree", "--arch", "--profile", "--select", "--theme" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            problems.add(name + " needs a value; ignored");
                            continue;
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--tree" -> tree = Path.of(value);
                        case "--arch" -> arch = value;
                        case "--profile" -> profile = value;
                        case "--select" -> select = value;
                        default -> {
                            String v = value;
                            theme = Theme.named(v).orElseGet(() -> {
                                problems.add("unknown theme '" + v + "' (use light or dark); using light");
                                return Theme.LIGHT;
                            });
                        }
                    }
                }
                default -> problems.add("unknown argument '" + arg + "' ignored "
                        + "(the window accepts --tree DIR, --arch ARCH, --profile ID, --select SYMBOL, "
                        + "--theme light|dark)");
            }
        }
        return new LaunchOptions(tree, arch, profile, select, theme, problems);
    }
}
