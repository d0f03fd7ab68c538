package org.kconfigexplorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kconfigexplorer.kconfig.config.ConfigWriter;
import org.kconfigexplorer.kconfig.macro.HostShell;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.parse.DirectorySourceTree;
import org.kconfigexplorer.kconfig.parse.KconfigParser;

/**
 * Heap retained by a loaded, fully evaluated x86_64 model: used heap after a full GC with the
 * model held, minus used heap after a full GC before loading. Target: under 300 MB.
 * Run: java -cp benchmarks/target/benchmarks.jar org.kconfigexplorer.bench.HeapMeasurement
 */
public final class HeapMeasurement {

    private HeapMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path srctree = KernelTree.srctree();
        Map<String, String> env = KernelTree.environment(srctree, "x86_64");
        Path work = Files.createTempDirectory("kconfig-heap");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        KconfigModel model = KconfigParser.parse(new DirectorySourceTree(srctree), "Kconfig", env,
                new HostShell(work, env)).model();
        int length = ConfigWriter.write(model).length();
        long after = usedAfterGc(memory);
        System.out.printf("x86_64 model: %d symbols, %d menu nodes, .config %d chars; retained heap %.1f MB%n",
                model.definedSymbols().size(), model.allNodes().size(), length, (after - before) / 1e6);
        if (model.root() == null) {
            System.out.println("unreachable");
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
