package org.kconfigexplorer.app.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A change to a whole window made a region at a time, one region a frame, so that each frame
 * restyles and lays out only that region's nodes (the window's text size, say). The regions
 * change in the order given, those on screen first; a new change drops what is left of the one
 * before. Use on the UI thread.
 */
public final class RegionByRegion {

    private final EachFrame frames = new EachFrame();
    private final Deque<Runnable> left = new ArrayDeque<>();

    /**
     * Changes the regions, one of {@code steps} a frame from the next frame on; or all of them now
     * if {@code atOnce} (a window not shown yet has no frames to spread them over). At once, it
     * starts no frame timer: a view not in a shown scene may be built on another thread.
     */
    public void change(List<Runnable> steps, boolean atOnce) {
        frames.stop();
        left.clear();
        if (atOnce) {
            steps.forEach(Runnable::run);
            return;
        }
        left.addAll(steps);
        frames.start(() -> {
            Runnable next = left.poll();
            if (next != null) {
                next.run();
            }
            return !left.isEmpty();
        });
    }

    /** Whether every region has its change. */
    public boolean isDone() {
        return !frames.isRunning();
    }
}
