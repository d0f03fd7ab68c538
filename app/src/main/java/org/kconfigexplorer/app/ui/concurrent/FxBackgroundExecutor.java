package org.kconfigexplorer.app.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work on one daemon worker thread (so loads and reloads happen in order) and hands
 * results back through {@link Platform#runLater}.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kconfig-explorer-worker");
        t.setDaemon(true);
        return t;
    });

    /** Work waiting for its frame, with the frame's number in {@link #frames}. */
    private final FrameQueue nextFrames = new FrameQueue();
    /**
     * Counts frames while work waits. A timer started between frames runs first in the coming
     * frame, before its layout: the frame that shows the caller's change; the work waits one more.
     */
    private final FrameCounter frames = new FrameCounter();

    private final class FrameCounter extends AnimationTimer {
        private long count;

        @Override
        public void handle(long now) {
            count++;
            if (nextFrames.runDue(count)) {
                stop();
            }
        }
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
                return;
            } catch (Error e) {
                Platform.runLater(() -> onFailure.accept(new IllegalStateException(describe(e), e)));
                throw e;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    private static String describe(Error e) {
        return e instanceof OutOfMemoryError ? "not enough memory" : e.getClass().getSimpleName();
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void inNextFrame(Runnable action) {
        nextFrames.add(action, frames.count + 2);
        frames.start();
    }

    @Override
    public boolean waitsForFrames() {
        return !nextFrames.isEmpty();
    }

    @Override
    public void shutdown() {
        worker.shutdownNow();
    }
}
