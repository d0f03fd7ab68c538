package org.kconfigexplorer.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A node's last answers to its size questions (its preferred height for a width, say), kept until
 * its content or style changes ({@link MeasuredVBox}, {@link MeasuredTextFlow}). The node forgets
 * them when asked for a layout, but not while laying out its own children: placing them asks for
 * a layout again without changing any size.
 */
final class RememberedSizes {

    /** One size question's last answer. */
    static final class Size {
        private double asked = Double.NaN;
        private double answer;

        /** The answer for {@code given}: the one kept if asked for the same, or else {@code measure}'s. */
        double get(double given, DoubleUnaryOperator measure) {
            if (given != asked) {
                answer = measure.applyAsDouble(given);
                asked = given;
            }
            return answer;
        }
    }

    private final List<Size> sizes = new ArrayList<>();
    private boolean layingOut;

    /** A new size question to remember the answer of. */
    Size add() {
        Size size = new Size();
        sizes.add(size);
        return size;
    }

    /** Runs {@code layout}, the node's own layout of its children, keeping every answer meanwhile. */
    void layOut(Runnable layout) {
        layingOut = true;
        try {
            layout.run();
        } finally {
            layingOut = false;
        }
    }

    /** Forgets every answer (the node was asked for a layout), unless the node is laying out its children. */
    void forget() {
        if (!layingOut) {
            sizes.forEach(s -> s.asked = Double.NaN);
        }
    }
}
