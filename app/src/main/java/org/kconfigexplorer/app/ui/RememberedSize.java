package org.kconfigexplorer.app.ui;

import java.util.function.DoubleUnaryOperator;

/**
 * One size question's last answer (a node's preferred height for a width, say), kept until the
 * node's content or style changes ({@link MeasuredVBox}, {@link MeasuredTextFlow}).
 */
final class RememberedSize {

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

    void forget() {
        asked = Double.NaN;
    }
}
