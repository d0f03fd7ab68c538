package org.kconfigexplorer.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.menu.OptionFilter;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The warm-up rehearses every step on its own offscreen explorer, only while the user is idle, and
 * leaves the user's window as it was: no value, undo entry, selection, filter, layout, problem or
 * dialog of the user's changes.
 */
class WarmUpTest extends EmbeddedWindowFxTest {

    @Test
    void rehearsesEveryStepOffscreenAndLeavesTheWindowAsItWas() throws Exception {
        ExplorerViewModel vm = window.viewModel();
        waitUntil("the explorer is idle", () -> vm.readyProperty().get() && !vm.isBusy());
        onFx(() -> vm.selectSymbol("RUST"));
        OptionRow selected = onFx(() -> vm.selectedRowProperty().get());
        List<?> problems = onFx(() -> List.copyOf(vm.problems()));
        int windows = onFx(() -> Window.getWindows().size());
        assertThat(onFx(() -> window.view().splitMenus().options().lookupAll(".tree-table-row-cell"))).isEmpty();

        onFx(() -> {
            window.warmUpWhenReady();
            return null;
        });
        WarmUp warmUp = window.warmUp().orElseThrow();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFx(() -> warmUp.finishedProperty().get()));

        assertThat(warmUp.failure()).isEmpty();
        // Preparing the window's hidden layout, building the offscreen explorer, then the rounds of actions.
        assertThat(warmUp.plannedSteps()).isEqualTo(WarmUp.BUILD_STEPS + WarmUp.ROUNDS * WarmUp.ACTIONS_PER_ROUND);
        assertThat(warmUp.stepsRun()).isEqualTo(warmUp.plannedSteps());
        // Once the offscreen scene exists (from the fourth step on), each step is followed by its
        // styling, side panel layout, layout and layout after the next frames, a tick each.
        List<WarmUp.StepTime> times = warmUp.times();
        assertThat(times).hasSize(warmUp.plannedSteps() + 4 * (warmUp.plannedSteps() - 3));
        String lastStep = times.get(times.size() - 5).name();
        assertThat(lastStep).endsWith("reopen");
        assertThat(times.subList(times.size() - 4, times.size())).extracting(WarmUp.StepTime::name).containsExactly(
                lastStep + " (styling)", lastStep + " (side panel layout)", lastStep + " (layout)",
                lastStep + " (layout after the next frames)");
        // The steps really were laid out: the offscreen explorer had option rows.
        assertThat(warmUp.rowsLaidOut()).isPositive();
        // The window's hidden split view has its rows made already, ready for the first switch.
        assertThat(onFx(() -> window.view().splitMenus().options().lookupAll(".tree-table-row-cell"))).isNotEmpty();

        assertThat(onFx(vm::userValueSnapshot)).isEmpty();
        assertThat(onFx(() -> vm.undoStack().canUndoProperty().get())).isFalse();
        assertThat(onFx(() -> vm.selectedRowProperty().get())).isSameAs(selected);
        assertThat(onFx(() -> vm.filterProperty().get())).isEqualTo(OptionFilter.ALL);
        assertThat(onFx(() -> window.view().splitViewProperty().get())).isFalse();
        assertThat(onFx(() -> List.copyOf(vm.problems()))).isEqualTo(problems);
        assertThat(onFx(() -> Window.getWindows().size())).isEqualTo(windows);
    }

    @Test
    void nothingIsRehearsedWhileTheUserIsBusy() throws Exception {
        AtomicBoolean userIdle = new AtomicBoolean(false);
        WarmUp warmUp = onFx(() -> WarmUp.start(window.viewModel().presets(), executor, Theme.LIGHT, FontScale.P100,
                userIdle::get, () -> { }));
        Thread.sleep(500); // some 16 ticks
        assertThat(onFx(warmUp::stepsRun)).isZero();

        userIdle.set(true);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFx(() -> warmUp.finishedProperty().get()));
        assertThat(warmUp.stepsRun()).isEqualTo(warmUp.plannedSteps());
        assertThat(warmUp.failure()).isEmpty();
    }

    @Test
    void withoutPresetsThereIsNothingToRehearse() {
        WarmUp warmUp = onFx(() -> WarmUp.start(List.of(), executor, Theme.LIGHT, FontScale.P100, () -> true, () -> { }));
        assertThat(warmUp.finishedProperty().get()).isTrue();
        assertThat(warmUp.stepsRun()).isZero();
        assertThat(warmUp.failure()).isEmpty();
    }
}
