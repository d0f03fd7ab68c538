package org.kconfigexplorer.app.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs work off the UI thread. Work runs elsewhere; its result or failure
 * comes back on the UI thread. Tests use {@link SameThreadExecutor}, which does everything at
 * once on the caller's thread, so view models can be tested without a toolkit.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} with its result or
     * {@code onFailure} with what it threw, on the UI thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs {@code action} on the UI thread (later, unless this executor is synchronous). */
    void onUiThread(Runnable action);

    /**
     * Runs {@code action} on the UI thread in the frame after the one being prepared, so that the
     * coming frame shows only what the caller changed (a selection in the list, say) and the work
     * that follows from it is drawn in a frame of its own. Call on the UI thread. At once unless
     * this executor works in frames.
     */
    default void inNextFrame(Runnable action) {
        action.run();
    }

    /** Whether actions given to {@link #inNextFrame} still wait for their frame. */
    default boolean waitsForFrames() {
        return false;
    }

    /** Stops accepting work; running work may finish. */
    default void shutdown() {
    }
}
