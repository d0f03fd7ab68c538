package org.kconfigexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kconfigexplorer.kconfig.macro.CachingShell;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;
import org.kconfigexplorer.kconfig.search.SearchIndex;
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
 * Search as you type over the whole x86_64 tree: one keystroke is one query on the precomputed
 * {@link SearchIndex} (names, prompts, help), keeping the best 200 hits as the explorer's search
 * panel does. The target is under 16 ms per keystroke (one frame). The queries are the
 * prefixes a user produces while typing, short ones (many hits) included, plus regex queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SearchBenchmark {

    /** Keystrokes of "usb storage" (substring), then regular expressions. */
    @Param({"u", "us", "usb", "usb ", "usb s", "usb storage", "CONFIG_NET_", "zzzz-no-match",
            "re:^usb_.*storage", "re:(dma|iommu).*(debug|test)"})
    public String query;

    private KconfigModel model;
    private SearchIndex index;
    private String text;
    private SearchIndex.Mode mode;

    @Setup
    public void setup() throws Exception {
        Path srctree = KernelTree.srctree();
        Map<String, String> env = KernelTree.environment(srctree, "x86_64");
        Path work = Files.createTempDirectory("kconfig-bench");
        CachingShell shell = new CachingShell(new HostShell(work, env));
        model = KconfigParser.parse(new DirectorySourceTree(srctree), "Kconfig", env, shell).model();
        index = SearchIndex.of(model);
        mode = query.startsWith("re:") ? SearchIndex.Mode.REGEX : SearchIndex.Mode.SUBSTRING;
        text = query.startsWith("re:") ? query.substring(3) : query;
    }

    /** One keystroke: one query on the index. */
    @Benchmark
    public SearchIndex.Result keystroke() {
        return index.search(text, mode, 200);
    }

    /** Building the index once per loaded tree (done in the background by the explorer). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Measurement(iterations = 10)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SearchIndex buildIndex() {
        return SearchIndex.build(model);
    }
}
