package org.kconfigexplorer.app.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over a node. A tooltip is a popup window with a
 * scene of its own, costly to create; views that rebuild many nodes per change (links, graph
 * boxes and edges) would otherwise make hundreds nobody looks at, and a view's buttons a few
 * dozen each time the view is built.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /**
     * Installs, on first hover, a wrapping tooltip on {@code node} whose text is {@code text}, read
     * each time the tooltip shows (a node reused for other content shows the current one).
     */
    public static void install(Node node, Supplier<String> text) {
        onFirstHover(node, () -> {
            Tooltip tip = new Tooltip(text.get());
            tip.setOnShowing(shown -> tip.setText(text.get()));
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            Tooltip.install(node, tip);
        });
    }

    /**
     * Gives {@code control} the tooltip {@code text} on first hover, as {@link Control#setTooltip}
     * would; screen readers have the text at once, as the control's help.
     */
    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        onFirstHover(control, () -> control.setTooltip(new Tooltip(text)));
    }

    /** Runs {@code action} once, when the pointer first comes over {@code node}. */
    private static void onFirstHover(Node node, Runnable action) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                action.run();
            }
        });
    }
}
