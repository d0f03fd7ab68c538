package org.kconfigexplorer.app.cli;

import java.io.PrintWriter;
import org.kconfigexplorer.app.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line twin of the explorer: same jar, scriptable. */
@Command(name = "kconfig-explorer", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Explore Linux Kconfig dependencies; export .config fragments.",
        subcommands = {FragmentCommand.class, PresetsCommand.class, CheckCommand.class, ExplainCommand.class, FixCommand.class,
            ConfModeCommand.Olddefconfig.class, ConfModeCommand.Defconfig.class, ConfModeCommand.Savedefconfig.class,
            ConfModeCommand.Alldefconfig.class, ConfModeCommand.Allnoconfig.class, ConfModeCommand.Allyesconfig.class,
            ConfModeCommand.Allmodconfig.class, ConfModeCommand.Randconfig.class, ConfModeCommand.Listnewconfig.class},
        footer = {"", "Without arguments, or with 'gui [--tree DIR [--arch ARCH]] [--profile ID]', the explorer",
            "window opens."})
public final class Cli implements Runnable {

    /** Reports the build's version for --version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Kconfig Explorer " + AppVersion.get()};
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI and returns the exit code; errors are one message on stderr, never a trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException cli) {
                err.println("kconfig-explorer: error: " + cli.getMessage());
                return cli.exitCode();
            }
            err.println("kconfig-explorer: internal error: " + ex);
            return 70;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
