package org.kconfigexplorer.app.ui.perf;

import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.ExplorerWindow;
import org.kconfigexplorer.app.ui.LaunchOptions;
import org.kconfigexplorer.app.ui.WarmUp;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.menu.OptionFilter;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.opentree.KernelTreeSource;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;
import org.testfx.api.FxToolkit;

/**
 * How long the FX thread is blocked, at most, while the real window (headless, Monocle) works on
 * the full Linux x86_64 tree (issue 6: "never blocks the FX thread for more than a frame"). A
 * probe thread posts a task to the FX thread every 2 ms; the longest wait of a probe during an
 * action is the longest stall the user would feel (layout and rendering pulses included). With
 * each wait it records how much CPU time the FX thread itself spent in it: the FX thread's own
 * work, without its waits for the software renderer, for a core of this small machine, or for a
 * garbage collection. Not a regular test; run it with
 *
 * <pre>
 * KCONFIG_EXPLORER_KERNEL_SRC=/opt/kernel/linux-source-6.12 \
 *   mvn -o -q -pl app -am test -Dtest=FxStallMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -DargLine="-Drounds=8"} repeats the actions; add {@code -Dsample=true} to see where the FX
 * thread spends its time in each action's longest stall ({@code -Dleaf=true} adds the innermost
 * frame), {@code -Dnodes=true} to count the scene's nodes, {@code -Donly='graph|source'} to run
 * just the actions whose names match that expression (after opening the tree). Each action's line
 * also gives the classes loaded and the JIT compilation time meanwhile: the first rounds run code
 * not compiled yet.
 * As in the application, the window first runs its {@link WarmUp}; {@code -Dwarmup=false} leaves it
 * out, to see what the first actions cost without it. Each action comes with a key event, as a
 * user's would (work the window does while the user is idle waits for a quiet second);
 * {@code -Dpause=1500} waits 1.5 s after each action instead of 0.3 s, a user's pace.
 */
class FxStallMeasurement {

    /** Posts probes to the FX thread and keeps the longest wait since the last reset. */
    private static final long FRAME_NANOS = 16_700_000;

    /** A stall that held the FX thread itself for over a frame: when (System.nanoTime) and its own time. */
    private record Stall(long from, long to, double ownMillis) { }

    /** Stalls over a frame: how many by wall time, and those over a frame of the FX thread's own time. */
    private record OverFrame(int wall, List<Stall> own) {
        /** "N wall / M own (longest own: ...)", the eight longest. */
        @Override
        public String toString() {
            return wall + " wall / " + own.size() + " own (longest own: " + own.stream().map(Stall::ownMillis)
                    .sorted(java.util.Comparator.reverseOrder()).limit(8).map(d -> String.format("%.0f", d))
                    .collect(java.util.stream.Collectors.joining(", ")) + " ms)";
        }
    }

    private static final class StallProbe implements AutoCloseable {
        private final AtomicLong worst = new AtomicLong();
        private final AtomicLong worstBusy = new AtomicLong();
        /** Stalls since the last reset longer than a frame at 60 Hz, by wall time. */
        private final java.util.concurrent.atomic.AtomicInteger overFrame = new java.util.concurrent.atomic.AtomicInteger();
        /** When the longest stall since the last reset began and ended (System.nanoTime). */
        private volatile long worstFrom;
        private volatile long worstTo;
        private final ThreadMXBean threads =
                ManagementFactory.getThreadMXBean();
        private final long fxThreadId = onFx(() -> Thread.currentThread().getId());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::probe, "fx-stall-probe");

        StallProbe() {
            thread.setDaemon(true);
            thread.start();
        }

        private void probe() {
            while (running.get()) {
                long posted = System.nanoTime();
                long fxCpuAtPost = threads.getThreadCpuTime(fxThreadId);
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    long now = System.nanoTime();
                    if (now - posted > worst.get()) {
                        worstFrom = posted;
                        worstTo = now;
                    }
                    worst.accumulateAndGet(now - posted, Math::max);
                    long busy = threads.getCurrentThreadCpuTime() - fxCpuAtPost;
                    worstBusy.accumulateAndGet(busy, Math::max);
                    if (now - posted > FRAME_NANOS) {
                        overFrame.incrementAndGet();
                    }
                    if (busy > FRAME_NANOS) {
                        synchronized (stallsOverFrame) {
                            stallsOverFrame.add(new Stall(posted, now, busy / 1e6));
                        }
                    }
                    ran.countDown();
                });
                try {
                    // Waits without spinning: a spinning probe would take one of the machine's cores.
                    while (!ran.await(50, TimeUnit.MILLISECONDS) && running.get()) {
                        // still stalled
                    }
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The stalls that held the FX thread itself over a frame since the last take, with when they were. */
        private final List<Stall> stallsOverFrame = new ArrayList<>();

        /** The stalls over a frame since the last call: how many by wall time, and those by own time. */
        OverFrame takeOverFrame() {
            List<Stall> own;
            synchronized (stallsOverFrame) {
                own = List.copyOf(stallsOverFrame);
                stallsOverFrame.clear();
            }
            return new OverFrame(overFrame.getAndSet(0), own);
        }

        double resetMillis() {
            return worst.getAndSet(0) / 1e6;
        }

        /**
         * The most CPU time the FX thread itself spent during one stall since the last reset: the
         * stall without the time it waited for the (here software) renderer or for a core.
         */
        double resetBusyMillis() {
            return worstBusy.getAndSet(0) / 1e6;
        }

        @Override
        public void close() {
            running.set(false);
        }
    }

    /**
     * With -Dsample=true: where the FX thread spends its time during the longest stall of each
     * action (stack samples taken every millisecond).
     */
    private static final class FxSampler implements AutoCloseable {
        private record Sample(long at, String key) { }
        private final List<Sample> samples = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread fx;

        FxSampler(Thread fx) {
            this.fx = fx;
            Thread t = new Thread(() -> {
                while (running.get()) {
                    StringBuilder key = new StringBuilder();
                    int n = 0;
                    String phase = "";
                    StackTraceElement[] stack = fx.getStackTrace();
                    String leaf = Boolean.getBoolean("leaf") && stack.length > 0
                            ? " [" + stack[0].getClassName().replaceAll(".*\\.", "") + "." + stack[0].getMethodName() + "]" : "";
                    for (StackTraceElement e : stack) {
                        String c = e.getClassName();
                        String m = e.getMethodName();
                        if (phase.isEmpty() && (m.equals("doCSSPass") || m.equals("doLayoutPass")
                                || m.equals("synchronizeSceneNodes") || m.equals("updateBounds"))) {
                            phase = m;
                        }
                        boolean ours = c.startsWith("org.kconfigexplorer") && !c.contains("FxStallMeasurement");
                        boolean skin = c.contains("Skin") || c.contains("VirtualFlow") || c.contains("flowless")
                                || c.contains("richtext") || c.contains("TextFlow");
                        if ((ours || skin) && n < 4) {
                            key.append(c.replaceAll(".*\\.", "")).append('.').append(m).append(" < ");
                            n++;
                        }
                    }
                    if (!phase.isEmpty() || n > 0) {
                        key.insert(0, (phase.isEmpty() ? "event" : phase) + leaf + ": ");
                        n = 1;
                    }
                    if (n > 0) {
                        synchronized (samples) {
                            samples.add(new Sample(System.nanoTime(), key.toString()));
                        }
                    }
                    sleep(1);
                }
            }, "fx-sampler");
            t.setDaemon(true);
            t.start();
        }

        /** Prints the samples between {@code from} and {@code to}, then forgets every sample. */
        void print(long from, long to) {
            print(from, to, true);
        }

        /** Prints the samples between {@code from} and {@code to}, then forgets every sample if {@code clear}. */
        void print(long from, long to, boolean clear) {
            Map<String, Integer> hist = new HashMap<>();
            int all;
            synchronized (samples) {
                all = samples.size();
                samples.stream().filter(s -> s.at() >= from && s.at() <= to)
                        .forEach(s -> hist.merge(s.key(), 1, Integer::sum));
                if (clear) {
                    samples.clear();
                }
            }
            System.out.println("      samples in the longest stall: " + hist.values().stream().mapToInt(Integer::intValue)
                    .sum() + " of " + all);
            hist.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(Integer.getInteger("top", 8))
                    .forEach(e -> System.out.println("      " + e.getValue() + "  " + e.getKey()));
        }

        /** Forgets every sample taken so far. */
        void clear() {
            synchronized (samples) {
                samples.clear();
            }
        }

        @Override
        public void close() {
            running.set(false);
        }
    }

    private FxSampler sampler;
    private final Map<String, List<Double>> stalls = new LinkedHashMap<>();
    /** The FX thread's own CPU time in the longest-busy stall (rendering waits and core contention left out). */
    private final Map<String, List<Double>> busyStalls = new LinkedHashMap<>();
    /** How long the action's own code ran on the FX thread (the rest of a stall is layout, CSS and rendering). */
    private final Map<String, List<Double>> handlers = new LinkedHashMap<>();
    private ExplorerWindow window;

    private ExplorerViewModel vm() {
        return window.viewModel();
    }

    private void idle() {
        waitUntil("idle", () -> vm().readyProperty().get() && !vm().isBusy() && !vm().loadingProperty().get());
        sleep(Integer.getInteger("pause", 300));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(StallProbe probe, String what, Runnable action) {
        String only = System.getProperty("only", "");
        if (!what.startsWith("open the tree (") // the tree is opened in any case
                && !java.util.regex.Pattern.compile(only, java.util.regex.Pattern.CASE_INSENSITIVE).matcher(what).find()) {
            return;
        }
        probe.resetMillis();
        probe.resetBusyMillis();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long handler = onFx(() -> {
            // A user's action comes with input: the window's idle-time work (UserIdle) waits for a quiet second.
            javafx.event.Event.fireEvent(window.scene().getRoot(), new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_RELEASED, "", "", javafx.scene.input.KeyCode.SHIFT,
                    false, false, false, false));
            long t0 = System.nanoTime();
            action.run();
            return System.nanoTime() - t0;
        });
        handlers.computeIfAbsent(what, k -> new ArrayList<>()).add(handler / 1e6);
        idle();
        long from = probe.worstFrom;
        long to = probe.worstTo;
        double stall = probe.resetMillis();
        double busy = probe.resetBusyMillis();
        stalls.computeIfAbsent(what, k -> new ArrayList<>()).add(stall);
        busyStalls.computeIfAbsent(what, k -> new ArrayList<>()).add(busy);
        System.out.printf("  %-44s longest FX stall %6.1f ms, FX thread busy %6.1f ms of it; %d classes loaded, "
                + "%d ms of JIT compilation (from %d ms of uptime)%n", what, stall, busy,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore, uptime);
        if (Boolean.getBoolean("nodes")) {
            Map<String, Integer> byClass = new HashMap<>();
            int total = onFx(() -> countNodes(window.view(), byClass));
            System.out.println("      nodes in the scene: " + total + " " + byClass.entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue()).limit(12).toList());
        }
        if (sampler != null) {
            sampler.print(from, to);
        }
    }

    private static int countNodes(javafx.scene.Node n, Map<String, Integer> byClass) {
        byClass.merge(n.getClass().getSimpleName(), 1, Integer::sum);
        int count = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                count += countNodes(c, byClass);
            }
        }
        return count;
    }

    private static String medianMax(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format("%6.1f / %6.1f", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    /** One round of the measured actions (the tree's reopening aside). */
    private void round(StallProbe probe, int round, List<ToolchainProfile> presets) {
        report(probe, "select PRINTK_TIME", () -> vm().selectSymbol("PRINTK_TIME"));
        OptionRow row = vm().tree().bySymbol("PRINTK_TIME").orElseThrow();
        report(probe, "toggle PRINTK_TIME", () -> vm().toggle(row));
        report(probe, "toggle PRINTK_TIME back", () -> vm().toggle(row));
        report(probe, "select RUST (many preconditions)", () -> vm().selectSymbol("RUST"));
        report(probe, "select CRC32 (selected by about 200)", () -> vm().selectSymbol("CRC32"));
        report(probe, "select FW_LOADER_USER_HELPER (long help)", () -> vm().selectSymbol("FW_LOADER_USER_HELPER"));
        report(probe, "find RUST_INLINE_HELPERS (toolbar)", () -> vm().search("RUST_INLINE_HELPERS"));
        report(probe, "change the toolchain preset", () -> vm().selectedPresetProperty().set(presets.get(1 + round % 2)));
        report(probe, "filter: prompted only", () -> vm().filterProperty().set(OptionFilter.PROMPTED));
        report(probe, "filter: all options", () -> vm().filterProperty().set(OptionFilter.ALL));
        report(probe, "split view on", () -> window.view().splitViewProperty().set(true));
        report(probe, "select EXPERT in the split view", () -> vm().selectSymbol("EXPERT"));
        report(probe, "split view off", () -> window.view().splitViewProperty().set(false));
        report(probe, "undo", () -> vm().undo());
        report(probe, "show the Graph tab", () -> sideTab(2));
        report(probe, "select NET or USB_SUPPORT with the graph shown",
                () -> vm().selectSymbol(round % 2 == 0 ? "NET" : "USB_SUPPORT"));
        report(probe, "show the Source tab", () -> sideTab(1));
        report(probe, "select MODULES or BLOCK with the source shown",
                () -> vm().selectSymbol(round % 2 == 0 ? "MODULES" : "BLOCK"));
        report(probe, "show the Toolchain tab", () -> sideTab(3));
        report(probe, "show the Details tab", () -> sideTab(0));
        lessFrequentActions(probe);
    }

    /** Typing a search, themes, text sizes, and the side panels with a big option. */
    private void lessFrequentActions(StallProbe probe) {
        javafx.scene.control.TextField field = onFx(() -> (javafx.scene.control.TextField) window.view()
                .lookup("#" + org.kconfigexplorer.app.ui.Styles.Ids.SEARCH_PANEL_FIELD));
        for (char c : "usb ser".toCharArray()) {
            report(probe, "search field: a keystroke", () -> field.appendText(String.valueOf(c)));
        }
        report(probe, "search field: cleared", field::clear);
        report(probe, "dark theme", () -> window.view().useTheme(org.kconfigexplorer.app.ui.Theme.DARK));
        report(probe, "light theme", () -> window.view().useTheme(org.kconfigexplorer.app.ui.Theme.LIGHT));
        report(probe, "font scale 150%", () -> window.view().fontScaleProperty()
                .set(org.kconfigexplorer.app.ui.settings.FontScale.P150));
        report(probe, "font scale 100%", () -> window.view().fontScaleProperty()
                .set(org.kconfigexplorer.app.ui.settings.FontScale.P100));
        report(probe, "show the Graph tab", () -> sideTab(2));
        report(probe, "select RUST with the graph shown", () -> vm().selectSymbol("RUST"));
        report(probe, "show the Details tab after RUST", () -> sideTab(0));
        report(probe, "show the Source tab after RUST", () -> sideTab(1));
        report(probe, "show the Details tab", () -> sideTab(0));
    }

    private void sideTab(int index) {
        window.view().sideTabs().getSelectionModel().select(index);
    }

    @Test
    void stallsOnX86() throws Exception {
        Path src = Path.of(System.getenv().getOrDefault("KCONFIG_EXPLORER_KERNEL_SRC", "/opt/kernel/linux-source-6.12"));
        Assumptions.assumeTrue(Files.isRegularFile(src.resolve("Kconfig")), "no kernel tree at " + src);
        FxToolkit.registerPrimaryStage();
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        FxToolkit.setupStage(stage -> window = ExplorerWindow.open(stage, LaunchOptions.defaults(), executor,
                (owner, title, suggested) -> Optional.empty()));
        waitUntil("window", () -> window != null);
        idle();
        List<ToolchainProfile> presets = ToolchainProfiles.presets();
        if (Boolean.getBoolean("sample")) {
            sampler = new FxSampler(onFx(Thread::currentThread));
        }
        try (StallProbe probe = new StallProbe()) {
            if (!"false".equals(System.getProperty("warmup"))) {
                // As the application does: rehearse offscreen once the first tree is ready.
                long t0 = System.nanoTime();
                probe.resetMillis();
                probe.resetBusyMillis();
                probe.takeOverFrame(); // those before the warm-up
                onFx(() -> {
                    window.warmUpWhenReady();
                    return null;
                });
                WarmUp warmUp = window.warmUp().orElseThrow();
                waitUntil("warm-up", () -> warmUp.finishedProperty().get());
                OverFrame overFrame = probe.takeOverFrame();
                System.out.printf("warm-up: %d of %d steps in %d ms, failure %s; longest FX stall meanwhile %.1f ms, "
                        + "FX thread busy %.1f ms of it; stalls over a frame: %s%n", warmUp.stepsRun(),
                        warmUp.plannedSteps(), (System.nanoTime() - t0) / 1_000_000, warmUp.failure(),
                        probe.resetMillis(), probe.resetBusyMillis(), overFrame);
                List<WarmUp.StepTime> slow = warmUp.times().stream().filter(t -> t.millis() > FRAME_NANOS / 1e6)
                        .sorted(java.util.Comparator.comparingDouble(WarmUp.StepTime::millis).reversed()).toList();
                System.out.printf("warm-up ticks over a frame (wall): %d of %d:%s%n", slow.size(), warmUp.times().size(),
                        slow.stream().limit(Integer.getInteger("top", 8) * 2L)
                                .map(t -> String.format(" %s %.0f", t.name(), t.millis()))
                                .collect(java.util.stream.Collectors.joining(",")));
                // Each stall over a frame, with the warm-up ticks in it (or what the FX thread did, sampled).
                for (Stall stall : overFrame.own()) {
                    String ticks = warmUp.times().stream()
                            .filter(t -> t.startNanos() < stall.to() && t.startNanos() + t.millis() * 1e6 > stall.from())
                            .map(t -> String.format("%s %.0f", t.name(), t.millis()))
                            .collect(java.util.stream.Collectors.joining(", "));
                    long uptimeOffset = ManagementFactory.getRuntimeMXBean().getUptime() - System.nanoTime() / 1_000_000;
                    System.out.printf("    stall, own %.0f ms (uptime %d to %d ms): %s%n", stall.ownMillis(),
                            stall.from() / 1_000_000 + uptimeOffset, stall.to() / 1_000_000 + uptimeOffset,
                            ticks.isEmpty() ? "no tick" : ticks);
                    if (sampler != null) {
                        sampler.print(stall.from(), stall.to(), false);
                    }
                }
                if (sampler != null) {
                    sampler.clear();
                }
            }
            System.out.println("FX thread stalls on the x86_64 tree (JVM uptime "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms):");
            report(probe, "open the tree (parse off-thread, bind)", () -> vm().openSource(
                    KernelTreeSource.withProfile(src, "x86_64"), presets.get(0).withArch("x86_64")));
            for (int r = 0; r < Integer.getInteger("rounds", 5); r++) {
                round(probe, r, presets);
                report(probe, "open the tree again (a new tree of rows)", () -> vm().openSource(
                        KernelTreeSource.withProfile(src, "x86_64"), presets.get(0).withArch("x86_64")));
            }
            System.out.println("Per action, over the rounds (ms), median / max of: the longest FX stall; the FX "
                    + "thread's own CPU time in a stall; the action's own handler");
            stalls.forEach((what, list) -> System.out.printf("  %-44s %s    %s    %s%n", what, medianMax(list),
                    medianMax(busyStalls.get(what)), medianMax(handlers.get(what))));
            List<Double> own = busyStalls.values().stream().flatMap(List::stream).sorted().toList();
            long overFrame = own.stream().filter(ms -> ms > FRAME_NANOS / 1e6).count();
            System.out.printf("Actions whose longest stall held the FX thread itself for over a frame (%.1f ms): %d of %d;"
                    + " median %.1f ms, worst %.1f ms%n", FRAME_NANOS / 1e6, overFrame, own.size(),
                    own.get(own.size() / 2), own.get(own.size() - 1));
        } finally {
            if (sampler != null) {
                sampler.close();
            }
            executor.shutdown();
            FxToolkit.cleanupStages();
        }
    }
}
