package org.kconfigexplorer.app.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kconfigexplorer.app.AppVersion;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.explorer.ExplorerView;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.Problem;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.app.ui.menu.OptionFilter;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * Rehearses the explorer's everyday actions (select, toggle, find, search as you type, preset,
 * filters, split view, side tabs, undo, reopen) on an offscreen explorer over the embedded
 * model, so that the JIT has compiled JavaFX's layout, CSS and cell code and ours before the
 * user's first action on a big tree (NetBeans' warm-up tasks do the same). Measured on x86_64
 * (FxStallMeasurement), the first select, filter or split view held the UI thread for 25 to 50 ms
 * without it, and for 10 to 20 ms with it. A rehearsed step costs the UI thread what the user's
 * own first actions would, so a tick runs only while the user leaves the window alone
 * ({@link UserIdle}), and does one part of a step: the step's action, then in ticks of their own
 * what a pulse would do after it (styling,
 * layout, and the layout of what the offscreen explorer does in the next frames). Done in one
 * tick, a step held the UI thread for up to 30 to 55 ms; in parts, most ticks take under 10 ms
 * and the longest about 20 to 25 (README, Benchmarks). The offscreen explorer has its
 * own view model and session, so nothing the user sees or owns changes; it is let go at the end,
 * and any failure just ends the rehearsal.
 */
public final class WarmUp {

    /** Rounds of the actions: enough for the JIT's first tiers, little enough to finish in seconds. */
    public static final int ROUNDS = 7;
    public static final int ACTIONS_PER_ROUND = 14;
    /**
     * The offscreen explorer's size: a few rows and lines, since every step lays out what is
     * shown, and the JIT needs the code run often rather than much of it at once (1280 wide, the
     * layout ticks took about a third longer; under 480 high, the option list has too little room
     * and JavaFX warns about its row sizes).
     */
    private static final double WIDTH = 960;
    private static final double HEIGHT = 480;
    /** A tick a frame: each layout then has a frame's worth of the offscreen explorer's changes, as a pulse would. */
    private static final Duration TICK = Duration.millis(16);
    /**
     * The least time between the starts of two ticks: a late pulse makes the timeline fire the
     * ticks it missed at once, which would put two ticks' work in one frame.
     */
    private static final long MIN_TICK_GAP_NANOS = 12_000_000;
    /**
     * The longest rest after a tick: a tick is followed by as long a time without one (up to a
     * frame), so that the window's own work, and the user's input, come between two long ticks
     * (two of them in a row held the UI thread for 18 to 23 ms).
     */
    private static final long MAX_REST_NANOS = 16_700_000;
    /**
     * The side panels the offscreen explorer has: Details, Source, Graph and Changes. The Toolchain
     * panel's fields (a styling step of its own of 60 to 80 ms) are left out: a preset change only
     * sets their texts.
     */
    private static final int[] REHEARSED_PANELS = {0, 1, 2, 4};
    /** The option layouts: the full tree and the split view, each styled in a step of its own. */
    private static final int LAYOUTS = 2;
    /** The explorer's top (menus and toolbar) and bottom (problems and status), a step each. */
    private static final int EDGES = 2;
    /** The steps putting back the search and filter bars. */
    private static final int TREE_BAR_STEPS = 2;
    /** The Details panel's index among the side tabs. */
    private static final int DETAILS = 0;
    /**
     * By side tab, the steps in which a panel's parts come back after the panel: the Details
     * panel's sections in three; the Graph's toolbar, drawing and legend and the Changes panel's
     * file bar, heading, list and comparison in two. Styled with the panel, each took 17 to 26 ms.
     */
    private static final int[] PANEL_PART_STEPS = {3, 0, 2, 0, 2};
    /** The steps putting back the children of the top and of the bottom, each. */
    private static final int EDGE_PART_STEPS = 2;
    /** What the children taken out for later steps are (and the names of those steps). */
    private static final String TREE_BARS = "search and filter bars";
    private static final String TOP = "top part";
    private static final String BOTTOM = "bottom part";
    /** Steps before the first round: the user's window, then building the offscreen explorer. */
    public static final int BUILD_STEPS = 1 + 3 + TREE_BAR_STEPS + EDGES * (1 + EDGE_PART_STEPS) + LAYOUTS
            + REHEARSED_PANELS.length + java.util.Arrays.stream(PANEL_PART_STEPS).sum() + 1;
    /**
     * The side panel shown in each round: Details, Source, Graph, Details, Changes, Source,
     * Toolchain. A hidden side panel does not follow the selection, so each is rehearsed shown;
     * Details, shown at the start, and the source view's code area, with the most to show, are
     * rehearsed most. The Toolchain tab has no panel here: shown, its view model still works out
     * its fields and what each affects (the first Toolchain tab of the window took 17 ms without).
     */
    private static final int[] SIDE_TAB_BY_ROUND = {0, 1, 2, 0, 4, 1, 3};
    private static final System.Logger LOG = System.getLogger(WarmUp.class.getName());

    private ExplorerViewModel vm;
    private ExplorerView view;
    /** Children taken out of the offscreen explorer's panes to come back a part a step, by what they are. */
    private final Map<String, StagedChildren> staged = new HashMap<>();
    /** A one-pixel node whose snapshot makes the offscreen scene do what a pulse does: CSS and layout where needed. */
    private final Region pulse = new Region();
    private final List<ToolchainProfile> presets;
    private final BackgroundExecutor executor;
    private final BooleanSupplier mayRun;
    private final List<Step> steps = new ArrayList<>();
    /** What each tick that ran took on the UI thread, in order: a step's action, or the layout after it. */
    private final List<StepTime> times = new ArrayList<>();
    /** What the ticks after the last step still have to do, one phase a tick; empty before a step. */
    private final ArrayDeque<Phase> phasesDue = new ArrayDeque<>();
    private final Timeline ticks = new Timeline();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private int next;
    /** When the last tick that did work began (System.nanoTime). */
    private long lastTickStart = System.nanoTime() - MIN_TICK_GAP_NANOS;
    /** When the last tick that did work ended, and how long it took (System.nanoTime). */
    private long lastTickEnd = lastTickStart;
    private long lastTickNanos;
    private Exception failure;
    private int rowsLaidOut;
    /** Whether a step's work runs in the background: the next step waits for it. */
    private boolean building;
    /** Whether the offscreen explorer was asked to open its tree: from then on a step waits for it to be ready. */
    private boolean opened;

    private WarmUp(List<ToolchainProfile> presets, BackgroundExecutor executor, BooleanSupplier mayRun) {
        this.presets = presets;
        this.executor = executor;
        this.mayRun = mayRun;
        pulse.setManaged(false);
        pulse.resize(1, 1);
        ticks.getKeyFrames().add(new KeyFrame(TICK, e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Starts rehearsing on the UI thread, a part of a step a frame while {@code mayRun} says so:
     * first {@code prepareWindow}, work on the user's own window best done while the
     * user is idle; then building the offscreen explorer; then {@value #ACTIONS_PER_ROUND} actions a
     * round. Call on the FX thread. With no presets there is nothing to open, and nothing is done.
     */
    public static WarmUp start(List<ToolchainProfile> presets, BackgroundExecutor executor, Theme theme,
            FontScale scale, BooleanSupplier mayRun, Runnable prepareWindow) {
        WarmUp warmUp = new WarmUp(presets, executor, mayRun);
        if (presets.isEmpty()) {
            warmUp.finish();
            return warmUp;
        }
        warmUp.step("prepare the window", prepareWindow);
        warmUp.addBuildSteps(theme, scale);
        for (int round = 0; round < ROUNDS; round++) {
            warmUp.addRound(round);
        }
        warmUp.ticks.play();
        return warmUp;
    }

    /**
     * The offscreen explorer, built over several steps so that none holds the UI thread for long:
     * its own view model; its view (built in the background); the view in a scene of no window,
     * styled and laid out without its top, bottom, search and filter bars, option lists and side
     * panels; then each of those added and styled in a step of its own (the top's and the
     * bottom's children over two steps each, the Details panel's sections over three, the Graph
     * and Changes panels' parts over two); then the embedded model opened. Styling the whole
     * explorer at once took 250 to 550 ms; without its side panels only, 60 ms; the longest step
     * now takes about 20.
     */
    private void addBuildSteps(Theme theme, FontScale scale) {
        List<javafx.scene.Node> panels = new ArrayList<>();
        List<javafx.scene.Node> layouts = new ArrayList<>();
        List<javafx.scene.Node> edges = new ArrayList<>();
        step("view model", () -> {
            vm = new ExplorerViewModel(SessionSource.embedded(), presets, executor, AppVersion.get());
            // A problem row, so the problems list's cells are rehearsed too.
            vm.addStartupProblem(Problem.warning("warm-up"));
        });
        step("view", () -> {
            // Built in the background: nodes of no shown scene may be made on any thread, and this
            // one, made at once, held the UI thread for 18 to 25 ms.
            ExplorerViewModel model = vm;
            building = true;
            executor.run(() -> new ExplorerView(model, (owner, title, suggested) -> Optional.empty()), built -> {
                building = false;
                view = built;
                view.fontScaleProperty().set(scale);
            }, e -> {
                failure = e;
                finish();
            });
        });
        step("scene", () -> {
            for (Tab tab : view.sideTabs().getTabs()) {
                panels.add(tab.getContent());
                tab.setContent(null);
            }
            layouts.addAll(view.optionLayouts().getChildren());
            view.optionLayouts().getChildren().clear();
            edges.add(view.getTop());
            edges.add(view.getBottom());
            view.setTop(null);
            view.setBottom(null);
            // The search and filter bars, and the side panels' parts, come a part a step too.
            staged.put(TREE_BARS, new StagedChildren((Pane) view.optionLayouts().getParent(), List.of(view.optionLayouts())));
            stage(TOP, edges.get(0));
            stage(BOTTOM, edges.get(1));
            for (int panel : REHEARSED_PANELS) {
                if (PANEL_PART_STEPS[panel] > 0) {
                    stage(panelParts(panel), partsOf(panel, panels.get(panel)));
                }
            }
            Scene scene = new Scene(new StackPane(view, pulse), WIDTH, HEIGHT);
            theme.applyTo(scene);
        });
        putBackSteps(TREE_BARS, TREE_BAR_STEPS);
        step("top", () -> view.setTop(edges.get(0)));
        putBackSteps(TOP, EDGE_PART_STEPS);
        step("bottom", () -> view.setBottom(edges.get(1)));
        putBackSteps(BOTTOM, EDGE_PART_STEPS);
        for (int layout = 0; layout < LAYOUTS; layout++) {
            int index = layout;
            step("option layout " + index, () -> view.optionLayouts().getChildren().add(layouts.get(index)));
        }
        for (int panel : REHEARSED_PANELS) {
            step("side panel " + panel, () -> view.sideTabs().getTabs().get(panel).setContent(panels.get(panel)));
            putBackSteps(panelParts(panel), PANEL_PART_STEPS[panel]);
        }
        step("open", this::openTree);
    }

    private static String panelParts(int panel) {
        return "side panel " + panel + " parts";
    }

    /**
     * What of side panel {@code panel} comes back in parts: the Details panel's sections; another
     * panel itself (a tab's content is the panel wrapped in a pane of its own).
     */
    private static javafx.scene.Node partsOf(int panel, javafx.scene.Node tabContent) {
        if (panel == DETAILS) {
            return StagedChildren.sectionsOf(tabContent).orElse(null);
        }
        return tabContent instanceof Pane wrapper && wrapper.getChildren().size() == 1 ? wrapper.getChildren().get(0)
                : tabContent;
    }

    /** Takes out the children of {@code node}, if a pane, to come back in the steps of {@code what}. */
    private void stage(String what, javafx.scene.Node node) {
        if (node instanceof Pane pane) {
            staged.put(what, new StagedChildren(pane, List.of()));
        }
    }

    /** Steps putting back, a part each, the children taken out as {@code what} (none taken out: nothing to do). */
    private void putBackSteps(String what, int parts) {
        for (int part = 1; part <= parts; part++) {
            int index = part;
            step(what + " " + part, () -> {
                StagedChildren children = staged.get(what);
                if (children != null) {
                    children.putBack(index, parts);
                }
            });
        }
    }

    private void openTree() {
        opened = true;
        vm.open(presets.get(0));
    }

    private void addRound(int round) {
        // The round's selections then update that side panel too.
        step("side tab", () -> view.sideTabs().getSelectionModel().select(SIDE_TAB_BY_ROUND[round % SIDE_TAB_BY_ROUND.length]));
        // The first rounds select plain options, whose details are short: code not compiled yet
        // then has less to do a step. Later rounds select EXPERT (in many conditions) and RUST
        // (with many preconditions).
        String first = round == 0 ? "DEBUG_KERNEL" : "EXPERT";
        String second = round < 2 ? "BLOCK" : "RUST";
        step("select " + first, () -> vm.selectSymbol(first));
        step("toggle", () -> vm.toggle(vm.selectedRowProperty().get()));
        step("toggle back", () -> vm.toggle(vm.selectedRowProperty().get()));
        step("search", () -> vm.search("RUST_INLINE_HELPERS"));
        // Search as you type: the results list's cells, made and styled in a round, cleared in the next.
        step("search panel", () -> ((javafx.scene.control.TextInputControl) view.lookup("#" + Styles.Ids.SEARCH_PANEL_FIELD))
                .setText(round % 2 == 0 ? "rust" : ""));
        step("preset", () -> vm.selectedPresetProperty().set(presets.get((round + 1) % presets.size())));
        step("prompted only", () -> vm.filterProperty().set(OptionFilter.PROMPTED));
        step("all options", () -> vm.filterProperty().set(OptionFilter.ALL));
        step("split view on", () -> view.splitViewProperty().set(true));
        step("select " + second, () -> vm.selectSymbol(second));
        step("split view off", () -> view.splitViewProperty().set(false));
        step("undo", () -> vm.undo());
        step("reopen", this::openTree);
    }

    private void step(String name, Runnable work) {
        steps.add(new Step(steps.size() + " " + name, work));
    }

    /**
     * Once the user and the offscreen explorer are idle (nothing loading, no work waiting for a
     * frame), runs the next step, or the next phase of the pulse's work after it.
     */
    private void tick() {
        if (!mayRun.getAsBoolean()
                || executor.waitsForFrames() // a frame's work of its own, not shared with a step's
                || building
                || vm != null && (vm.isBusy() || vm.loadingProperty().get() || opened && !vm.readyProperty().get())) {
            return;
        }
        if (vm != null && vm.lastErrorProperty().get() != null) {
            failure = new IllegalStateException(vm.lastErrorProperty().get());
            finish();
            return;
        }
        if (next == steps.size() && phasesDue.isEmpty()) {
            finish();
            return;
        }
        long start = System.nanoTime();
        if (start - lastTickStart < MIN_TICK_GAP_NANOS || start - lastTickEnd < Math.min(lastTickNanos, MAX_REST_NANOS)) {
            return;
        }
        lastTickStart = start;
        String name = phasesDue.isEmpty() ? steps.get(next).name()
                : steps.get(next - 1).name() + " (" + phasesDue.peek().label + ")";
        try {
            if (phasesDue.isEmpty()) {
                steps.get(next++).work().run();
                if (pulse.getParent() != null) {
                    phasesDue.addAll(EnumSet.allOf(Phase.class));
                }
            } else {
                switch (phasesDue.poll()) {
                    case STYLE -> pulse.getParent().applyCss(); // the offscreen scene's root
                    case SIDE_LAYOUT -> view.sideTabs().layout();
                    // What a pulse does: styling where still due, and layout.
                    case LAYOUT, SETTLE -> pulse.snapshot(null, null);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            LOG.log(System.Logger.Level.DEBUG, "warm-up stopped at " + name, e);
            finish();
        }
        lastTickEnd = System.nanoTime();
        lastTickNanos = lastTickEnd - start;
        times.add(new StepTime(name, start, lastTickNanos / 1e6));
    }

    private void finish() {
        ticks.stop();
        if (view != null) {
            rowsLaidOut = view.lookupAll(".tree-table-row-cell").size();
        }
        vm = null; // the offscreen explorer is no longer needed
        view = null;
        finished.set(true);
    }

    /** True once every step ran, or the rehearsal stopped at a failure. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** The steps run so far, of {@link #plannedSteps()}. */
    public int stepsRun() {
        return next;
    }

    public int plannedSteps() {
        return steps.size();
    }

    /** How many option rows the offscreen explorer had laid out at the end: what shows the steps did show something. */
    public int rowsLaidOut() {
        return rowsLaidOut;
    }

    /** What each tick took (wall time on the UI thread), in order: for measuring the rehearsal itself. */
    public List<StepTime> times() {
        return List.copyOf(times);
    }

    /**
     * What follows a step, a tick each, as a pulse would do it in one go: styling the changed
     * nodes, laying out the side panels, then the rest, then laying out again what the offscreen
     * explorer changed a frame or two later (the side panels follow a selection then). Styling
     * and layout in one tick took up to 30 ms after some steps; apart, at most about 20.
     */
    private enum Phase {
        STYLE("styling"), SIDE_LAYOUT("side panel layout"), LAYOUT("layout"), SETTLE("layout after the next frames");

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** A step of the rehearsal: numbered and named, so that its cost can be told apart. */
    private record Step(String name, Runnable work) {
    }

    /**
     * A tick's work, named by its step (and the phase after it, in brackets), when it began
     * ({@link System#nanoTime}) and how long it took.
     */
    public record StepTime(String name, long startNanos, double millis) {
    }

    /** What stopped the rehearsal early; empty when it ran (or is running) to the end. */
    public Optional<Exception> failure() {
        return Optional.ofNullable(failure);
    }
}
