package org.kconfigexplorer.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
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
 * Rehearses the explorer's everyday actions (select, toggle, search, preset, filters, split view,
 * side tabs, undo, reopen) on an offscreen explorer over the embedded model, so that the JIT has
 * compiled JavaFX's layout, CSS and cell code and ours before the user's first action on a big
 * tree (NetBeans' warm-up tasks do the same). Measured on x86_64 (FxStallMeasurement), the first
 * select, filter or split view held the UI thread for 25 to 50 ms without it, and for 10 to 20 ms
 * with it. A rehearsed step costs the UI thread what the user's own first actions would (5 to
 * 30 ms; the offscreen explorer is built over twelve steps of up to about 30), so a step runs
 * only while the user leaves the window alone ({@link UserIdle}). The offscreen explorer has its
 * own view model and session, so nothing the user sees or owns changes; it is let go at the end,
 * and any failure just ends the rehearsal.
 */
public final class WarmUp {

    /** Rounds of the actions: enough for the JIT's first tiers, little enough to finish in seconds. */
    public static final int ROUNDS = 6;
    public static final int ACTIONS_PER_ROUND = 13;
    /**
     * The offscreen explorer's size: a few rows, since every step lays out the rows shown, and the
     * JIT needs the code run often rather than many rows at once.
     */
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 480;
    private static final Duration TICK = Duration.millis(30);
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
    /** Steps before the first round: the user's window, then building the offscreen explorer. */
    public static final int BUILD_STEPS = 1 + 3 + EDGES + LAYOUTS + REHEARSED_PANELS.length + 1;
    /**
     * The side panel shown in each round: Details, Source, Graph, Source, Changes, Source. The
     * source view's code area has the most to show per selection, so it is rehearsed most.
     */
    private static final int[] SIDE_TAB_BY_ROUND = {0, 1, 2, 1, 4, 1};
    private static final System.Logger LOG = System.getLogger(WarmUp.class.getName());

    private ExplorerViewModel vm;
    private ExplorerView view;
    /** A one-pixel node whose snapshot makes the offscreen scene do what a pulse does: CSS and layout where needed. */
    private final Region pulse = new Region();
    private final List<ToolchainProfile> presets;
    private final BooleanSupplier mayRun;
    private final List<Runnable> steps = new ArrayList<>();
    private final Timeline ticks = new Timeline();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private int next;
    private Exception failure;
    private int rowsLaidOut;
    /** Whether the offscreen explorer was asked to open its tree: from then on a step waits for it to be ready. */
    private boolean opened;

    private WarmUp(List<ToolchainProfile> presets, BooleanSupplier mayRun) {
        this.presets = presets;
        this.mayRun = mayRun;
        pulse.setManaged(false);
        pulse.resize(1, 1);
        ticks.getKeyFrames().add(new KeyFrame(TICK, e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Starts rehearsing on the UI thread, a step at a time while {@code mayRun} says so (checked
     * every 30 ms): first {@code prepareWindow}, work on the user's own window best done while the
     * user is idle; then building the offscreen explorer; then {@value #ACTIONS_PER_ROUND} actions a
     * round. Call on the FX thread. With no presets there is nothing to open, and nothing is done.
     */
    public static WarmUp start(List<ToolchainProfile> presets, BackgroundExecutor executor, Theme theme,
            FontScale scale, BooleanSupplier mayRun, Runnable prepareWindow) {
        WarmUp warmUp = new WarmUp(presets, mayRun);
        if (presets.isEmpty()) {
            warmUp.finish();
            return warmUp;
        }
        warmUp.steps.add(prepareWindow);
        warmUp.addBuildSteps(executor, theme, scale);
        for (int round = 0; round < ROUNDS; round++) {
            warmUp.addRound(round);
        }
        warmUp.ticks.play();
        return warmUp;
    }

    /**
     * The offscreen explorer, built over several steps so that none holds the UI thread for long:
     * its own view model; its view; the view in a scene of no window, styled and laid out without
     * its top, bottom, option lists and side panels; then each of those added and styled in a step
     * of its own; then the embedded model opened. Styling the whole explorer at once took 250 to
     * 550 ms; without its side panels only, 60 ms; the longest step now takes about 30.
     */
    private void addBuildSteps(BackgroundExecutor executor, Theme theme, FontScale scale) {
        List<javafx.scene.Node> panels = new ArrayList<>();
        List<javafx.scene.Node> layouts = new ArrayList<>();
        List<javafx.scene.Node> edges = new ArrayList<>();
        steps.add(() -> {
            vm = new ExplorerViewModel(SessionSource.embedded(), presets, executor, AppVersion.get());
            // A problem row, so the problems list's cells are rehearsed too.
            vm.addStartupProblem(Problem.warning("warm-up"));
        });
        steps.add(() -> {
            view = new ExplorerView(vm, (owner, title, suggested) -> Optional.empty());
            view.fontScaleProperty().set(scale);
        });
        steps.add(() -> {
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
            Scene scene = new Scene(new StackPane(view, pulse), WIDTH, HEIGHT);
            theme.applyTo(scene);
        });
        steps.add(() -> view.setTop(edges.get(0)));
        steps.add(() -> view.setBottom(edges.get(1)));
        for (int layout = 0; layout < LAYOUTS; layout++) {
            int index = layout;
            steps.add(() -> view.optionLayouts().getChildren().add(layouts.get(index)));
        }
        for (int panel : REHEARSED_PANELS) {
            steps.add(() -> view.sideTabs().getTabs().get(panel).setContent(panels.get(panel)));
        }
        steps.add(this::openTree);
    }

    private void openTree() {
        opened = true;
        vm.open(presets.get(0));
    }

    private void addRound(int round) {
        // The round's selections then update that side panel too.
        steps.add(() -> view.sideTabs().getSelectionModel().select(SIDE_TAB_BY_ROUND[round % SIDE_TAB_BY_ROUND.length]));
        steps.add(() -> vm.selectSymbol("EXPERT"));
        steps.add(() -> vm.toggle(vm.selectedRowProperty().get()));
        steps.add(() -> vm.toggle(vm.selectedRowProperty().get()));
        steps.add(() -> vm.search("RUST_INLINE_HELPERS"));
        steps.add(() -> vm.selectedPresetProperty().set(presets.get((round + 1) % presets.size())));
        steps.add(() -> vm.filterProperty().set(OptionFilter.PROMPTED));
        steps.add(() -> vm.filterProperty().set(OptionFilter.ALL));
        steps.add(() -> view.splitViewProperty().set(true));
        steps.add(() -> vm.selectSymbol("RUST"));
        steps.add(() -> view.splitViewProperty().set(false));
        steps.add(() -> vm.undo());
        steps.add(this::openTree);
    }

    /** Runs the next step once the offscreen explorer and the user are idle, then has a pulse's work done. */
    private void tick() {
        if (!mayRun.getAsBoolean()
                || vm != null && (vm.isBusy() || vm.loadingProperty().get() || opened && !vm.readyProperty().get())) {
            return;
        }
        if (vm != null && vm.lastErrorProperty().get() != null) {
            failure = new IllegalStateException(vm.lastErrorProperty().get());
            finish();
            return;
        }
        if (next == steps.size()) {
            finish();
            return;
        }
        try {
            steps.get(next++).run();
            if (view != null) {
                pulse.snapshot(null, null);
            }
        } catch (RuntimeException e) {
            failure = e;
            LOG.log(System.Logger.Level.DEBUG, "warm-up stopped at step " + next, e);
            finish();
        }
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

    /** What stopped the rehearsal early; empty when it ran (or is running) to the end. */
    public Optional<Exception> failure() {
        return Optional.ofNullable(failure);
    }
}
