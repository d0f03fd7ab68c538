package org.kconfigexplorer.app.ui.concurrent;

import java.util.ArrayDeque;
import java.util.Deque;

/** Actions waiting for a numbered frame, run in the order they were added. */
final class FrameQueue {

    private record Waiting(Runnable action, long frame) { }

    private final Deque<Waiting> waiting = new ArrayDeque<>();

    void add(Runnable action, long frame) {
        waiting.addLast(new Waiting(action, frame));
    }

    /**
     * Runs the actions due by {@code frame} (frames only grow, and so do the frames added, so the
     * due ones are first). Returns true when nothing waits any more.
     */
    boolean runDue(long frame) {
        while (!waiting.isEmpty() && waiting.peekFirst().frame() <= frame) {
            waiting.pollFirst().action().run();
        }
        return waiting.isEmpty();
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }
}
