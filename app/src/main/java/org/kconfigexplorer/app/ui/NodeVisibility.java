package org.kconfigexplorer.app.ui;

import javafx.scene.Node;

/** Whether a node is on screen as far as visibility goes (views kept hidden in the scene are not). */
public final class NodeVisibility {

    private NodeVisibility() {
    }

    /** Whether {@code node} and every parent of it are visible. */
    public static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
