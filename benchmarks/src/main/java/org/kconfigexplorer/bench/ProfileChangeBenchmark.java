package org.kconfigexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
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
 * Live what-if: changing the toolchain profile re-evaluates the model (the tree is re-expanded
 * with the new profile's answers and the user's values re-applied), as the app does on every
 * profile edit. Targets: embedded model under 10 ms, full x86_64 tree under 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ProfileChangeBenchmark {

    @Param({"embedded", "x86_64"})
    public String tree;

    private ExplorerSession session;
    private ToolchainProfile gcc;
    private ToolchainProfile clang;
    private boolean flip;

    @Setup
    public void setup() {
        gcc = ToolchainProfiles.preset("gcc14-rustc185-llvm19").orElseThrow();
        clang = ToolchainProfiles.preset("clang19-rustc185-llvm19").orElseThrow();
        session = KernelTree.session(tree, gcc);
        var m = session.model();
        m.setUserValue(m.symbol("EXPERT"), "y");
    }

    /** One profile change (GCC to Clang 19 and back on alternate calls), then every value computed. */
    @Benchmark
    public Object changeProfile() {
        flip = !flip;
        session.changeProfile(flip ? clang : gcc);
        return ConfigWriter.write(session.model());
    }
}
