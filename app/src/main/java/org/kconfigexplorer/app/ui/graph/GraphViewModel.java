package org.kconfigexplorer.app.ui.graph;

import java.awt.image.RenderedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.kconfigexplorer.app.ui.WhileShown;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.explorer.UserFacingException;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;

/**
 * The dependency graph's state: which symbol is in the centre, how far out to go (1-4 steps),
 * presentation mode (large text), the laid-out graph and a status line. The neighbourhood is
 * collected from the model on the UI thread (it reads values; at most
 * {@link DependencyGraph#DEFAULT_MAX_NODES} symbols); the ELK layout runs in the background and a
 * layout that arrives after a newer request is dropped. While the graph is not on screen
 * ({@link #activeProperty()} false) nothing is computed until it is shown again.
 *
 * <p>Keyboard focus: one box at a time ({@link #focusedProperty()}), moved in the order of
 * {@link GraphFocus}; it stays on its symbol across layouts that still show it.
 */
public final class GraphViewModel {

    public static final double NORMAL_FONT_SIZE = 13;
    public static final double PRESENTATION_FONT_SIZE = 24;

    private final BackgroundExecutor executor;
    private final int maxNodes;
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 2);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final WhileShown whileShown = new WhileShown(this::refresh);
    private final ReadOnlyObjectWrapper<GraphLayout.Result> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Select an option to see its dependencies.");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper focused = new ReadOnlyStringWrapper(this, "focused");

    private final Runnable modelListener = whileShown::request;
    private KconfigModel model;
    private SymbolRelations relations;
    private Symbol symbol;
    private long generation;

    public GraphViewModel(BackgroundExecutor executor) {
        this(executor, DependencyGraph.DEFAULT_MAX_NODES);
    }

    public GraphViewModel(BackgroundExecutor executor, int maxNodes) {
        this.executor = executor;
        this.maxNodes = maxNodes;
        depth.addListener((obs, old, now) -> {
            int clamped = Math.max(DependencyGraph.MIN_DEPTH, Math.min(DependencyGraph.MAX_DEPTH, now.intValue()));
            if (clamped != now.intValue()) {
                depth.set(clamped);
            } else {
                whileShown.request();
            }
        });
        presentation.addListener((obs, old, now) -> whileShown.request());
        layout.addListener((obs, old, now) -> {
            if (now == null || now.node(focused.get()) == null) {
                focused.set(null);
            }
        });
    }

    /** Centres the graph on {@code sym} of {@code newModel} (null: nothing selected). */
    public void show(KconfigModel newModel, Symbol sym) {
        if (newModel != model) {
            if (model != null) {
                model.removeChangeListener(modelListener);
            }
            model = newModel;
            relations = null;
            if (model != null) {
                model.addChangeListener(modelListener);
            }
        }
        symbol = sym;
        whileShown.request();
    }

    private void refresh() {
        long gen = ++generation;
        if (model == null || symbol == null) {
            layout.set(null);
            busy.set(false);
            status.set("Select an option to see its dependencies.");
            return;
        }
        if (relations == null) {
            relations = SymbolRelations.of(model);
        }
        DependencyGraph graph = DependencyGraph.build(model, relations, symbol, depth.get(), maxNodes);
        double fontSize = presentation.get() ? PRESENTATION_FONT_SIZE : NORMAL_FONT_SIZE;
        busy.set(true);
        status.set("Laying out " + graph.nodes().size() + " symbols\u2026");
        executor.run(() -> GraphLayout.layout(graph, fontSize), result -> {
            if (gen == generation) {
                busy.set(false);
                layout.set(result);
                status.set(describe(graph));
            }
        }, e -> {
            if (gen == generation) {
                busy.set(false);
                status.set("Could not lay out the graph: " + UserFacingException.messageOf(e));
            }
        });
    }

    /** "12 symbols within 2 steps of X", and how many more were left out. */
    public static String describe(DependencyGraph g) {
        int n = g.nodes().size();
        String text = n + (n == 1 ? " symbol" : " symbols") + " within " + g.depth()
                + (g.depth() == 1 ? " step of " : " steps of ") + g.center();
        if (g.notShown() > 0) {
            text += " \u00b7 " + g.notShown() + " more not shown (limit " + g.maxNodes()
                    + "; lower the depth to see fewer)";
        }
        return text;
    }

    /** Writes the current graph as SVG in the background. */
    public void exportSvg(Path file) {
        GraphLayout.Result r = layout.get();
        if (r == null) {
            message.set("Nothing to export: select an option first");
            return;
        }
        write(file, () -> Files.writeString(file, GraphSvg.write(r)));
    }

    /** Writes a rendered image of the graph as PNG in the background. */
    public void exportPng(Path file, RenderedImage image) {
        write(file, () -> {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new UserFacingException("no PNG writer is available");
            }
            return null;
        });
    }

    private void write(Path file, java.util.concurrent.Callable<?> work) {
        message.set("Writing " + file + "\u2026");
        executor.run(() -> {
            work.call();
            return file;
        }, f -> message.set("Graph saved to " + f),
                e -> message.set("Could not save the graph to " + file + ": " + UserFacingException.messageOf(e)));
    }

    // ------------------------------------------------------------------ keyboard focus

    /**
     * Focuses the next box in focus order (the first when none is focused). False, and nothing
     * focused, after the last one: the keyboard focus leaves the graph.
     */
    public boolean focusNext() {
        GraphLayout.Result r = layout.get();
        focused.set(r == null ? null : GraphFocus.next(r, focused.get()));
        return focused.get() != null;
    }

    /** {@link #focusNext()} backwards (the last box when none is focused). */
    public boolean focusPrevious() {
        GraphLayout.Result r = layout.get();
        focused.set(r == null ? null : GraphFocus.previous(r, focused.get()));
        return focused.get() != null;
    }

    /** Moves the focus as an arrow key does (to the centre when none is focused). */
    public void focusMove(GraphFocus.Direction direction) {
        GraphLayout.Result r = layout.get();
        if (r != null) {
            focused.set(GraphFocus.move(r, focused.get(), direction));
        }
    }

    /** Focuses the symbol the graph is centred on. */
    public void focusCentre() {
        GraphLayout.Result r = layout.get();
        if (r != null) {
            focused.set(GraphFocus.centre(r));
        }
    }

    /** Focuses the box of {@code name}; false (and no change) when the graph does not show it. */
    public boolean focus(String name) {
        GraphLayout.Result r = layout.get();
        if (r == null || r.node(name) == null) {
            return false;
        }
        focused.set(name);
        return true;
    }

    /** The focused symbol's name, or null. */
    public ReadOnlyStringProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public String focusedSymbol() {
        return focused.get();
    }

    /** The symbol in the centre, or null. */
    public Symbol symbol() {
        return symbol;
    }

    /** Steps from the centre, 1 to 4. */
    public IntegerProperty depthProperty() {
        return depth;
    }

    /** Large text for projectors. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Whether the graph is on screen; work waits while it is not. */
    public BooleanProperty activeProperty() {
        return whileShown.activeProperty();
    }

    public ReadOnlyObjectProperty<GraphLayout.Result> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public GraphLayout.Result layout() {
        return layout.get();
    }

    /** What the graph shows, or why it shows nothing. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The outcome of the last export. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a layout is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
