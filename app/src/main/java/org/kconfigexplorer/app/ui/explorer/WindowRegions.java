package org.kconfigexplorer.app.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.TextSizeInParts;

/**
 * The explorer window cut into regions that take a new text size or theme one at a time, a region
 * a frame ({@link org.kconfigexplorer.app.ui.FrameSteps}): restyling one region leaves the
 * others' nodes alone, where restyling the root restyles every node. The regions do not overlap and
 * hold every node that shows text or a themed colour; the nodes around them (the root, the main
 * split pane, the side tab pane and its content areas) show nothing of their own.
 */
final class WindowRegions {

    /** The window's parts, some of them looked up when asked for (the top and bottom may change). */
    record Parts(Supplier<Node> top, Node searchBar, Node filterBar, Node tree, Node splitMenus,
            BooleanSupplier splitShown, TabPane sideTabs, SplitPane mainSplit, Node veil, Supplier<Node> bottom) {
    }

    private final Parts parts;

    WindowRegions(Parts parts) {
        this.parts = parts;
    }

    /**
     * The regions, a step's worth at a time, those on screen first: the top and bottom bars, the
     * main divider and the veil; the search and filter bars; the option layout shown; the side
     * panel's tab headers; the panel shown; the hidden layout; then each hidden panel.
     * Parts made by skins not made yet (tab headers, dividers) are left out. Each region is marked
     * with {@link Styles#REGION} when first listed (a new style class restyles its nodes; the window
     * lists them before it is shown, and each skin's as it comes).
     */
    List<List<Node>> inOrder() {
        boolean split = parts.splitShown().getAsBoolean();
        Tab shownTab = parts.sideTabs().getSelectionModel().getSelectedItem();
        List<List<Node>> steps = new ArrayList<>();
        // The top and bottom bars together: as they grow or shrink, all between them is laid out anew.
        List<Node> edges = new ArrayList<>(present(parts.top().get(), parts.bottom().get(), parts.veil()));
        edges.addAll(childrenWithClass(parts.mainSplit(), "split-pane-divider"));
        steps.add(edges);
        steps.add(present(parts.searchBar(), parts.filterBar()));
        steps.add(present(split ? parts.splitMenus() : parts.tree()));
        steps.add(present(childWithClass(parts.sideTabs(), "tab-header-area")));
        steps.add(present(shownTab == null ? null : shownTab.getContent()));
        steps.add(present(split ? parts.tree() : parts.splitMenus()));
        for (Tab t : parts.sideTabs().getTabs()) {
            if (t != shownTab) {
                steps.add(present(t.getContent()));
            }
        }
        steps.removeIf(List::isEmpty);
        markRegions(steps);
        return steps;
    }

    /**
     * The regions for a text size: as {@link #inOrder}, but a panel that takes it in parts
     * ({@link TextSizeInParts}) gives its parts in its place, a step for each group. The panel
     * keeps the window's normal size; its parts scale from it.
     */
    List<List<Node>> inOrderForTextSize() {
        List<List<Node>> steps = new ArrayList<>();
        for (List<Node> step : inOrder()) {
            TextSizeInParts inParts = step.size() == 1 ? panelInParts(step.get(0)) : null;
            if (inParts == null) {
                steps.add(step);
            } else {
                List<List<Node>> parts = inParts.textSizeParts();
                markRegions(parts);
                steps.addAll(parts);
            }
        }
        return steps;
    }

    /** The panel in parts that {@code region} holds (a side panel's tab content), or null. */
    static TextSizeInParts panelInParts(Node region) {
        return region instanceof SidePanelPane pane && pane.panel() instanceof TextSizeInParts p ? p : null;
    }

    /** The panel in parts that {@code part} belongs to, or null. */
    static TextSizeInParts partOf(Node part) {
        for (Node n = part.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TextSizeInParts p) {
                return p;
            }
        }
        return null;
    }

    private static void markRegions(List<List<Node>> steps) {
        for (List<Node> step : steps) {
            for (Node n : step) {
                if (!n.getStyleClass().contains(Styles.REGION)) {
                    n.getStyleClass().add(Styles.REGION);
                }
            }
        }
    }

    /** The first of {@code parent}'s own children (a skin's parts) with {@code styleClass}, or null. */
    private static Node childWithClass(javafx.scene.Parent parent, String styleClass) {
        List<Node> found = childrenWithClass(parent, styleClass);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Node> childrenWithClass(javafx.scene.Parent parent, String styleClass) {
        return parent.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains(styleClass)).toList();
    }

    private static List<Node> present(Node... nodes) {
        return java.util.Arrays.stream(nodes).filter(Objects::nonNull).toList();
    }
}
