package org.kconfigexplorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.kconfigexplorer.kconfig.explain.Explainer;
import org.kconfigexplorer.kconfig.fix.FixFinder;
import org.kconfigexplorer.kconfig.fix.FixRequest;
import org.kconfigexplorer.kconfig.fix.FixResult;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/**
 * Whole-request figures for RUST_INLINE_HELPERS=y on the x86_64 tree from defconfig with GCC:
 * time to the first verified suggestion and to the full ranked list (default 5), warm (after
 * three runs), peak heap during the request, and the slowest explain over every symbol.
 * Run with the heap capped to prove the bound:
 * java -Xmx500m -cp benchmarks/target/benchmarks.jar org.kconfigexplorer.bench.FixMeasurement
 */
public final class FixMeasurement {

    private FixMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        ExplorerSession session = RustTree.openDefconfig();
        FixRequest request = new FixRequest("RUST_INLINE_HELPERS", "y");
        for (int i = 0; i < 3; i++) {
            session.fixFinder().find(request, FixFinder.Options.defaults());
        }
        resetPeaks();
        long start = System.nanoTime();
        long[] first = {0};
        FixResult r = session.fixFinder().find(request, FixFinder.Options.defaults(), s -> {
            if (first[0] == 0) {
                first[0] = System.nanoTime();
            }
        });
        long end = System.nanoTime();
        System.out.printf("fix %s: %s, %d suggestions; first answer %.0f ms, all %.0f ms; peak heap %.0f MB (max %d MB)%n",
                request, r.status(), r.suggestions().size(), (first[0] - start) / 1e6, (end - start) / 1e6,
                peakHeap() / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        if (!r.suggestions().isEmpty()) {
            System.out.println("top: " + r.suggestions().get(0).profileChanges() + " " + r.suggestions().get(0).changes());
        }
        Explainer explainer = session.explainer();
        List<Symbol> symbols = session.model().definedSymbols();
        for (Symbol s : symbols) {
            explainer.explain(s);
        }
        long worst = 0;
        String worstName = "";
        long total = 0;
        for (Symbol s : symbols) {
            // The best of three runs, so a GC pause is not charged to one symbol.
            long t = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                explainer.explain(s);
                t = Math.min(t, System.nanoTime() - t0);
            }
            total += t;
            if (t > worst) {
                worst = t;
                worstName = s.name();
            }
        }
        System.out.printf("explain (best of 3 per symbol): %d symbols, mean %.3f ms, slowest %.2f ms (%s)%n", symbols.size(),
                total / 1e6 / symbols.size(), worst / 1e6, worstName);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
