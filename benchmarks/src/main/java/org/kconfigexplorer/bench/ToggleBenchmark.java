package org.kconfigexplorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kconfigexplorer.kconfig.config.FragmentWriter;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one toggle of an option costs the UI thread, apart from drawing: the new value, the undo
 * snapshots of the user input before and after, the "Changes" list, and the values of a
 * screenful of rows. It runs on the UI thread, so on the x86_64 tree it must stay well inside
 * a frame (16 ms); the model's part of it should not grow with the number of symbols.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ToggleBenchmark {

    @Param({"embedded", "x86_64"})
    public String tree;

    private KconfigModel model;
    private Symbol toggled;
    private List<Symbol> screenful;
    private boolean flip;

    @Setup
    public void setup() {
        var profile = ToolchainProfiles.preset("gcc14-rustc185-llvm19").orElseThrow();
        model = KernelTree.session(tree, profile).model();
        toggled = model.symbol(tree.equals("embedded") ? "EXPERT" : "PRINTK_TIME");
        List<Symbol> defined = model.definedSymbols();
        int from = defined.indexOf(toggled);
        screenful = defined.subList(Math.max(0, from - 20), Math.min(defined.size(), from + 20));
        // What the explorer has done once the tree is on screen: the first undo snapshot and the
        // "Changes" list.
        model.userInput();
        FragmentWriter.changedEntries(model);
    }

    /** Toggles the option (on and off on alternate calls) as the explorer does. */
    @Benchmark
    public Object toggle() {
        return toggleOnce();
    }

    /**
     * The first toggle after the tree was opened, in a fresh JVM each time: code that only a
     * toggle runs is not compiled yet, so work per symbol costs most here.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgs = {"-Xmx2g"})
    public Object firstToggle() {
        return toggleOnce();
    }

    private Object toggleOnce() {
        flip = !flip;
        Object before = model.userInput();
        model.setTristate(toggled, flip ? Tristate.YES : Tristate.NO);
        Object after = model.userInput();
        int sum = before.equals(after) ? 1 : 0;
        sum += FragmentWriter.changedEntries(model).size();
        for (Symbol s : screenful) {
            sum += s.stringValue().length() + s.visibility().ordinal();
        }
        return sum;
    }
}
