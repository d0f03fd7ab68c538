package org.kconfigexplorer.app.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything immediately on the calling thread: for tests and command-line use. */
public final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
