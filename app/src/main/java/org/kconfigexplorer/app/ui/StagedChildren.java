package org.kconfigexplorer.app.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;

/**
 * A pane's children taken out and put back a part at a time, each in its place, so that a scene
 * styles them over several steps rather than all at once (the {@link WarmUp}'s offscreen
 * explorer is built this way).
 */
final class StagedChildren {

    private final Pane pane;
    private final List<Node> original;
    /** The children taken out, in their order. */
    private final List<Node> taken = new ArrayList<>();

    /** Takes out {@code pane}'s children other than {@code keep}. */
    StagedChildren(Pane pane, Collection<Node> keep) {
        this.pane = pane;
        this.original = List.copyOf(pane.getChildren());
        for (Node child : original) {
            if (!keep.contains(child)) {
                taken.add(child);
            }
        }
        pane.getChildren().removeAll(taken);
    }

    /** The pane holding the sections of a panel: the content of the first scroll pane in it, if a pane. */
    static Optional<Pane> sectionsOf(Node panel) {
        if (panel instanceof ScrollPane scroll) {
            return scroll.getContent() instanceof Pane content ? Optional.of(content) : Optional.empty();
        }
        if (panel instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Pane> found = sectionsOf(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Puts back part {@code part} (from 1) of {@code parts}: the next share of the children taken out. */
    void putBack(int part, int parts) {
        int from = (int) Math.ceil(taken.size() * (part - 1) / (double) parts);
        int to = (int) Math.ceil(taken.size() * part / (double) parts);
        for (Node child : taken.subList(from, to)) {
            pane.getChildren().add(placeOf(child), child);
        }
    }

    /** Where {@code child} goes among the children now in the pane: after those before it originally. */
    private int placeOf(Node child) {
        int at = 0;
        for (Node n : original) {
            if (n == child) {
                break;
            }
            if (n.getParent() == pane) {
                at++;
            }
        }
        return at;
    }
}
