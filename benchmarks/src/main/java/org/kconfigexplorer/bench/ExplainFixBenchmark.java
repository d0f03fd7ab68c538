package org.kconfigexplorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kconfigexplorer.kconfig.explain.Explainer;
import org.kconfigexplorer.kconfig.explain.SymbolExplanation;
import org.kconfigexplorer.kconfig.fix.FixFinder;
import org.kconfigexplorer.kconfig.fix.FixRequest;
import org.kconfigexplorer.kconfig.fix.FixResult;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
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
 * Explain and fix on the full x86_64 tree (6.12 plus the 7.1 Rust definitions), GCC profile,
 * from defconfig. Targets: explain any symbol under 5 ms warm; RUST_INLINE_HELPERS=y answered
 * (first verified suggestion) under 1 s. explainEverySymbolInTurn explains the next symbol of
 * the tree on each call, so the average covers the whole tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ExplainFixBenchmark {

    private ExplorerSession session;
    private Explainer explainer;
    private List<Symbol> symbols;
    private int next;

    @Setup
    public void setup() throws Exception {
        session = RustTree.openDefconfig();
        explainer = session.explainer();
        symbols = session.model().definedSymbols();
    }

    @Benchmark
    public SymbolExplanation explainEverySymbolInTurn() {
        Symbol s = symbols.get(next);
        next = (next + 1) % symbols.size();
        return explainer.explain(s);
    }

    @Benchmark
    public SymbolExplanation explainRustInlineHelpers() {
        return explainer.explain("RUST_INLINE_HELPERS");
    }

    /** The first answer: one suggestion (the top one), verified by re-parsing with the changed profile. */
    @Benchmark
    public FixResult fixRustInlineHelpersFirstAnswer() {
        return session.fixFinder().find(new FixRequest("RUST_INLINE_HELPERS", "y"),
                FixFinder.Options.defaults().withMaxSuggestions(1));
    }
}
