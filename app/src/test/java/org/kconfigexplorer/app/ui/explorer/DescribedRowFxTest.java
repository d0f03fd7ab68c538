package org.kconfigexplorer.app.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kconfigexplorer.app.ui.FxTestSupport.onFx;
import static org.kconfigexplorer.app.ui.FxTestSupport.waitUntil;
import static org.kconfigexplorer.app.ui.TestTrees.GCC;
import static org.kconfigexplorer.app.ui.TestTrees.preset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kconfigexplorer.app.ui.TestTrees;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * In the window, the side panels describe a new selection one frame after the list shows it: the
 * work waits for the frame after the coming one, and a quick run of selections is described once,
 * by its last row.
 */
@ExtendWith(ApplicationExtension.class)
class DescribedRowFxTest {

    @TempDir
    Path dir;

    private final FxBackgroundExecutor executor = new FxBackgroundExecutor();

    @Start
    void start(Stage stage) {
        // No window needed: frames come from the toolkit's pulses.
    }

    @Stop
    void stop() {
        executor.shutdown();
    }

    /** Counts frames from the next one on. */
    private static final class Frames extends AnimationTimer {
        volatile int count;

        @Override
        public void handle(long now) {
            count++;
        }
    }

    @Test
    void workForTheNextFrameWaitsForTheFrameAfterTheComingOne() {
        Frames frames = new Frames();
        List<Integer> ranIn = new ArrayList<>();
        assertThat(onFx(executor::waitsForFrames)).isFalse();
        boolean ranAtOnce = onFx(() -> {
            frames.start();
            executor.inNextFrame(() -> ranIn.add(frames.count));
            executor.inNextFrame(() -> ranIn.add(-frames.count));
            return !ranIn.isEmpty();
        });
        assertThat(ranAtOnce).isFalse();
        assertThat(onFx(executor::waitsForFrames)).isTrue();
        waitUntil("the work ran", () -> onFx(() -> ranIn.size() == 2));
        assertThat(onFx(executor::waitsForFrames)).isFalse();
        onFx(() -> {
            frames.stop();
            return null;
        });
        // The coming frame (1) shows the caller's change; the work runs in frame 2, in order.
        assertThat(ranIn).containsExactly(2, -2);
    }

    @Test
    void aQuickRunOfSelectionsIsDescribedOnceByItsLastRow() throws Exception {
        ExplorerViewModel vm = onFx(() -> new ExplorerViewModel(SessionSource.directory(TestTrees.miniTree(dir)),
                ToolchainProfiles.presets(), executor, "test"));
        onFx(() -> {
            vm.open(preset(GCC));
            return null;
        });
        waitUntil("the tree is open", () -> onFx(() -> vm.readyProperty().get()));
        List<String> described = new ArrayList<>();
        String shownAtOnce = onFx(() -> {
            vm.describedRowProperty().addListener((obs, old, now) -> described.add(now == null ? null : now.symbol().name()));
            vm.selectSymbol("RUST");
            vm.selectSymbol("EXPERT");
            vm.selectSymbol("RUST_INLINE_HELPERS");
            return vm.details().nameProperty().get();
        });
        assertThat(shownAtOnce).isNotEqualTo("RUST_INLINE_HELPERS");
        waitUntil("the details follow", () -> onFx(() -> "RUST_INLINE_HELPERS".equals(vm.details().nameProperty().get())));
        OptionRow selected = onFx(() -> vm.selectedRowProperty().get());
        assertThat(onFx(() -> vm.describedRowProperty().get())).isSameAs(selected);
        assertThat(described).containsExactly("RUST_INLINE_HELPERS");
        assertThat(onFx(() -> vm.fix().symbolProperty().get())).isEqualTo("RUST_INLINE_HELPERS");
    }
}
