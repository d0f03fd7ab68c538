package org.kconfigexplorer.app.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Steps run one a frame, in order, so that each frame does only its step's work and the styling
 * and layout that follow from it (a window's regions taking a new text size, a graph coming onto
 * its canvas a share at a time). New steps drop what is left of those before. Use on the UI
 * thread, but for {@link #runNow}.
 */
public final class FrameSteps {

    private final EachFrame frames = new EachFrame();
    private final Deque<Runnable> left = new ArrayDeque<>();

    /** Runs {@code steps} one a frame from the next frame on, instead of any left. */
    public void start(List<Runnable> steps) {
        frames.stop();
        left.clear();
        left.addAll(steps);
        frames.start(() -> {
            runNext();
            return !left.isEmpty();
        });
    }

    /**
     * Runs {@code steps} now, all of them, instead of any left (a window not shown yet has no
     * frames to spread them over). It starts no frame timer: a view not in a shown scene may be
     * built on another thread.
     */
    public void runNow(List<Runnable> steps) {
        frames.stop();
        left.clear();
        steps.forEach(Runnable::run);
    }

    /** Adds a step after those left (a step may add the ones that follow from it). */
    public void add(Runnable step) {
        left.add(step);
    }

    /** Runs the next step now, if any is left. */
    public void runNext() {
        Runnable next = left.poll();
        if (next != null) {
            next.run();
        }
    }

    /** Runs every step left now (for what needs the work done, such as an export). */
    public void finishNow() {
        frames.finishNow();
    }

    /** Whether every step has run. */
    public boolean isDone() {
        return !frames.isRunning();
    }
}
