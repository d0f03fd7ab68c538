package org.kconfigexplorer.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kconfigexplorer.kconfig.conf.ConfMode;
import org.kconfigexplorer.kconfig.conf.ConfRunner;
import org.kconfigexplorer.kconfig.macro.MacroShell;
import org.kconfigexplorer.kconfig.model.Diagnostic;
import org.kconfigexplorer.kconfig.toolchain.ProfileShell;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The conf modes on a real kernel tree; each subclass is one subcommand. */
abstract class ConfModeCommand implements Callable<Integer> {

    @Mixin
    KernelTreeOptions tree = new KernelTreeOptions();

    @Spec
    CommandSpec spec;

    abstract ConfMode mode();

    /** The defconfig file read or written, for the modes that take one. */
    String file() {
        return null;
    }

    @Override
    public Integer call() throws IOException {
        tree.validate();
        Map<String, String> env = tree.environment();
        MacroShell shell = tree.shell(env);
        ConfRunner.Outcome outcome = ConfRunner.run(new ConfRunner.Request(mode(), tree.workDir(),
                tree.srctree.toAbsolutePath().normalize(), env, shell, file()));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : outcome.diagnostics()) {
            err.println(d);
        }
        if (shell instanceof ProfileShell profileShell) {
            for (var a : profileShell.assumptions()) {
                err.println("assumption: " + a);
            }
        }
        out.print(outcome.stdout());
        return outcome.exitCode();
    }

    @Command(name = "olddefconfig", mixinStandardHelpOptions = true,
            description = "Read .config, give new symbols their default, write .config (like make olddefconfig).")
    static final class Olddefconfig extends ConfModeCommand {
        @Override
        ConfMode mode() {
            return ConfMode.OLDDEFCONFIG;
        }
    }

    @Command(name = "defconfig", mixinStandardHelpOptions = true,
            description = "Write .config from a defconfig file (like make defconfig).")
    static final class Defconfig extends ConfModeCommand {
        @Parameters(paramLabel = "FILE", description = "The defconfig, e.g. arch/x86/configs/x86_64_defconfig (relative to the objdir, then srctree).")
        String defconfig;

        @Override
        ConfMode mode() {
            return ConfMode.DEFCONFIG;
        }

        @Override
        String file() {
            return defconfig;
        }
    }

    @Command(name = "savedefconfig", mixinStandardHelpOptions = true,
            description = "Write the minimal defconfig for the current .config (like make savedefconfig).")
    static final class Savedefconfig extends ConfModeCommand {
        @Parameters(paramLabel = "FILE", defaultValue = "defconfig", arity = "0..1", description = "Output file. Default: ${DEFAULT-VALUE}.")
        String output;

        @Override
        ConfMode mode() {
            return ConfMode.SAVEDEFCONFIG;
        }

        @Override
        String file() {
            return output;
        }
    }

    @Command(name = "alldefconfig", mixinStandardHelpOptions = true, description = "New config with all symbols at their default.")
    static final class Alldefconfig extends ConfModeCommand {
        @Override
        ConfMode mode() {
            return ConfMode.ALLDEFCONFIG;
        }
    }

    @Command(name = "allnoconfig", mixinStandardHelpOptions = true, description = "New config answering n wherever possible.")
    static final class Allnoconfig extends ConfModeCommand {
        @Override
        ConfMode mode() {
            return ConfMode.ALLNOCONFIG;
        }
    }

    @Command(name = "allyesconfig", mixinStandardHelpOptions = true, description = "New config answering y wherever possible.")
    static final class Allyesconfig extends ConfModeCommand {
        @Override
        ConfMode mode() {
            return ConfMode.ALLYESCONFIG;
        }
    }

    @Command(name = "allmodconfig", mixinStandardHelpOptions = true, description = "New config answering m wherever possible.")
    static final class Allmodconfig extends ConfModeCommand {
        @Override
        ConfMode mode() {
            return ConfMode.ALLMODCONFIG;
        }
    }

    @Command(name = "randconfig", mixinStandardHelpOptions = true,
            description = "New config with random answers (honours KCONFIG_SEED, KCONFIG_PROBABILITY, KCONFIG_ALLCONFIG).")
    static final class Randconfig extends ConfModeCommand {
        @Override
        ConfMode mode() {
            return ConfMode.RANDCONFIG;
        }
    }

    @Command(name = "listnewconfig", mixinStandardHelpOptions = true, description = "List symbols that .config does not set yet.")
    static final class Listnewconfig extends ConfModeCommand {
        @Override
        ConfMode mode() {
            return ConfMode.LISTNEWCONFIG;
        }
    }
}
