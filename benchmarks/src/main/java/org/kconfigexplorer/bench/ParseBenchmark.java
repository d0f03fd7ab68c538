package org.kconfigexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.macro.CachingShell;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.parse.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + evaluate of the whole x86_64 tree with macro results cached (the $(shell,...)
 * answers are taken once from the host, then replayed): the target is under 400 ms warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ParseBenchmark {

    private Path srctree;
    private Map<String, String> env;
    private CachingShell shell;

    @Setup
    public void setup() throws Exception {
        srctree = KernelTree.srctree();
        env = KernelTree.environment(srctree, "x86_64");
        Path work = Files.createTempDirectory("kconfig-bench");
        shell = new CachingShell(new HostShell(work, env));
        parse();
    }

    private ParseResult parse() {
        return KconfigParser.parse(new DirectorySourceTree(srctree), "Kconfig", env, shell);
    }

    /** Parse, finalize, check, then compute every value (by writing the .config text). */
    @Benchmark
    public String parseAndEvaluateX86() {
        KconfigModel model = parse().model();
        return ConfigWriter.write(model);
    }
}
