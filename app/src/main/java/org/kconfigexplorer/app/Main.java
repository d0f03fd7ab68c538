package org.kconfigexplorer.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.kconfigexplorer.app.cli.Cli;
import org.kconfigexplorer.app.ui.ExplorerApp;

/**
 * One entry point for both faces: no arguments (or "gui ...") opens the explorer window,
 * anything else runs the command-line interface.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "gui".equals(args[0])) {
            String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            ExplorerApp.launchWith(rest);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = Cli.run(args, out, err);
        } catch (RuntimeException e) {
            err.println("kconfig-explorer: internal error: " + e);
            code = 70;
        }
        System.exit(code);
    }
}
