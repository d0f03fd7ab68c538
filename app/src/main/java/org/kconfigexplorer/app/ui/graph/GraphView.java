package org.kconfigexplorer.app.ui.graph;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import org.kconfigexplorer.app.ui.FrameSteps;
import org.kconfigexplorer.app.ui.LazyTooltip;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.dialogs.FileDialogs;
import org.kconfigexplorer.app.ui.graph.DependencyGraph.EdgeKind;
import org.kconfigexplorer.app.ui.graph.GraphLayout.PlacedEdge;
import org.kconfigexplorer.app.ui.graph.GraphLayout.PlacedNode;
import org.kconfigexplorer.app.ui.graph.GraphLayout.Point;

/**
 * Draws the laid-out dependency graph: rounded boxes (value as fill, met/unmet as border and
 * as a check or cross), edges styled by kind with arrowheads (an edge that does not hold now,
 * such as an unmet dependency or a select not in effect, faded and crossed), a legend. Scroll to zoom (with or
 * without Ctrl), drag to pan, click a box to open that symbol; buttons for depth, zoom,
 * presentation mode and PNG/SVG export. From the keyboard ({@link #KEYS_HELP}): the graph is one
 * stop of the Tab order; Tab and the arrow keys move a focus ring over the boxes
 * ({@link GraphFocus}), Enter opens the focused symbol, +, - and 0 zoom, Ctrl+arrows pan.
 */
public final class GraphView extends BorderPane {

    /** Key of a box's symbol name in its properties (for tests and clicks). */
    public static final String NODE_KEY = "kx-graph-symbol";
    /** Key of an edge's {@link DependencyGraph.Edge} in the properties of its line and mark. */
    public static final String EDGE_KEY = "kx-graph-edge";
    private static final double MIN_SCALE = 0.15;
    private static final double MAX_SCALE = 4;
    private static final double ZOOM_STEP = 1.25;
    /** Distance, in viewport pixels, that Ctrl+arrow pans. */
    static final double PAN_STEP = 60;
    /** Gap between a focused box and its focus ring. */
    private static final double RING_GAP = 4;
    /**
     * Boxes, or else edges, put on the canvas per frame (a box is a pane and two labels, an edge a
     * line and a head). Drawn at once, with its styling and layout, RUST's graph on x86_64 held the
     * UI thread for 22 to 58 ms; in shares, its longest frame takes 3 to 17 ms (median 7).
     */
    static final int BOXES_PER_FRAME = 12;
    static final int EDGES_PER_FRAME = 48;

    /** What the keys do, for the Keys help of the toolbar and the viewport's accessible help. */
    public static final String KEYS_HELP = "Keyboard: Tab / Shift+Tab go from box to box (and leave the graph "
            + "after the last one); arrow keys move to the box above, below, left or right; Home goes to the "
            + "centre symbol; Enter or Space opens the focused symbol. + and \u2212 (also with Ctrl) zoom, "
            + "0 shows the whole graph, Ctrl+arrow keys pan.";

    private final GraphViewModel vm;
    private final FileDialogs dialogs;
    private final Consumer<String> navigate;
    private final Pane viewport = new Pane();
    private final Pane canvas = new Pane();
    /** The edges under the boxes: a new graph's boxes come first, its edges after them. */
    private final Group edgeLayer = new Group();
    private final Group boxLayer = new Group();
    /** Puts a new graph on the canvas a share a frame: its boxes, then its edges. */
    private final FrameSteps drawing = new FrameSteps();
    private final ToggleButton keysHelp = new ToggleButton("Keys");
    private final Group content = new Group(canvas);
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final Map<String, Node> boxes = new HashMap<>();
    private final Rectangle focusRing = new Rectangle();
    private boolean needsAutoView;
    private double pressX;
    private double pressY;
    private boolean dragged;

    /** @param navigate called with a symbol name when the user clicks its box */
    public GraphView(GraphViewModel vm, FileDialogs dialogs, Consumer<String> navigate) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.navigate = navigate;
        setId(Styles.Ids.GRAPH_VIEW);
        getStyleClass().add(Styles.GRAPH);

        content.getTransforms().setAll(pan, zoom);
        canvas.getStyleClass().add("kx-graph-canvas");
        canvas.getChildren().setAll(edgeLayer, boxLayer, focusRing);
        viewport.setId(Styles.Ids.GRAPH_VIEWPORT);
        viewport.getStyleClass().add(Styles.GRAPH_VIEWPORT);
        viewport.getChildren().add(content);
        viewport.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setFocusTraversable(true);
        viewport.setAccessibleText("Dependency graph");
        viewport.setAccessibleHelp(KEYS_HELP);
        installPanAndZoom();
        installKeys();
        focusRing.getStyleClass().add(Styles.GRAPH_FOCUS_RING);
        focusRing.setMouseTransparent(true);
        focusRing.setManaged(false);
        focusRing.visibleProperty().bind(viewport.focusedProperty().and(vm.focusedProperty().isNotNull()));
        vm.focusedProperty().addListener((obs, old, now) -> showFocus(old, now, true));
        StackPane frame = new StackPane(viewport);
        frame.getStyleClass().add(Styles.GRAPH_FRAME);
        frame.setMinSize(0, 0);

        Label status = new Label();
        status.setId(Styles.Ids.GRAPH_STATUS);
        status.getStyleClass().add(Styles.GRAPH_STATUS);
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add(Styles.GRAPH_STATUS);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Label keys = new Label(KEYS_HELP);
        keys.setId(Styles.Ids.GRAPH_KEYS_TEXT);
        keys.getStyleClass().add(Styles.GRAPH_KEYS_TEXT);
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.visibleProperty().bind(keysHelp.selectedProperty());
        keys.managedProperty().bind(keys.visibleProperty());

        setTop(new VBox(toolbar(), keys));
        setCenter(frame);
        // The legend folds away (on a projector or at large text sizes it takes room from the graph).
        javafx.scene.control.TitledPane legendPane = new javafx.scene.control.TitledPane("Legend", legend());
        legendPane.setAnimated(false);
        legendPane.setId(Styles.Ids.GRAPH_LEGEND_PANE);
        setBottom(new VBox(legendPane, status, message));

        vm.layoutProperty().addListener((obs, old, now) -> draw(now));
        vm.presentationProperty().addListener((obs, old, now) -> {
            getStyleClass().remove(Styles.GRAPH_PRESENTATION);
            if (now) {
                getStyleClass().add(Styles.GRAPH_PRESENTATION);
            }
        });
        viewport.widthProperty().addListener((obs, old, now) -> autoViewIfPending());
        viewport.heightProperty().addListener((obs, old, now) -> autoViewIfPending());
        draw(vm.layout());
    }

    private Node toolbar() {
        Label depthLabel = new Label("Depth:");
        depthLabel.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup depthGroup = new ToggleGroup();
        HBox depths = new HBox();
        depths.getStyleClass().add(Styles.VALUE_CHOOSER);
        for (int d = DependencyGraph.MIN_DEPTH; d <= DependencyGraph.MAX_DEPTH; d++) {
            ToggleButton b = new ToggleButton(Integer.toString(d));
            b.setId(Styles.Ids.GRAPH_DEPTH + d);
            b.setToggleGroup(depthGroup);
            b.setUserData(d);
            LazyTooltip.install(b, "Show symbols up to " + d + (d == 1 ? " step" : " steps") + " away");
            b.setSelected(d == vm.depthProperty().get());
            depths.getChildren().add(b);
        }
        depthGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one depth is always chosen
            } else {
                vm.depthProperty().set((Integer) now.getUserData());
            }
        });
        vm.depthProperty().addListener((obs, old, now) -> depthGroup.getToggles().stream()
                .filter(t -> now.equals(t.getUserData())).findFirst().ifPresent(t -> t.setSelected(true)));

        Button zoomOut = button("\u2212", Styles.Ids.GRAPH_ZOOM_OUT, "Zoom out (or scroll down, or press \u2212)");
        zoomOut.setOnAction(e -> zoomBy(1 / ZOOM_STEP));
        Button zoomIn = button("+", Styles.Ids.GRAPH_ZOOM_IN, "Zoom in (or scroll up, or press +)");
        zoomIn.setOnAction(e -> zoomBy(ZOOM_STEP));
        Button fit = button("Fit", Styles.Ids.GRAPH_ZOOM_FIT, "Show the whole graph (or press 0)");
        fit.setOnAction(e -> fitToView());
        ToggleButton presentation = new ToggleButton("Presentation");
        presentation.setId(Styles.Ids.GRAPH_PRESENTATION);
        LazyTooltip.install(presentation, "Large text for projectors");
        presentation.selectedProperty().bindBidirectional(vm.presentationProperty());
        presentation.setMinWidth(Region.USE_PREF_SIZE);
        Button png = button("PNG\u2026", Styles.Ids.GRAPH_EXPORT_PNG, "Save the graph as a PNG image");
        png.setOnAction(e -> exportPng());
        Button svg = button("SVG\u2026", Styles.Ids.GRAPH_EXPORT_SVG, "Save the graph as an SVG drawing");
        svg.setOnAction(e -> exportSvg());
        png.disableProperty().bind(vm.layoutProperty().isNull());
        svg.disableProperty().bind(vm.layoutProperty().isNull());

        keysHelp.setId(Styles.Ids.GRAPH_KEYS_HELP);
        LazyTooltip.install(keysHelp, KEYS_HELP);
        keysHelp.setMinWidth(Region.USE_PREF_SIZE);

        // Wraps onto more lines when the panel is narrow or the text large (150%, 200%).
        HBox depthGroupBox = new HBox(depthLabel, depths);
        depthGroupBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        depthGroupBox.setSpacing(6);
        HBox zoom = new HBox(zoomOut, zoomIn, fit);
        zoom.setSpacing(4);
        HBox export = new HBox(png, svg);
        export.setSpacing(4);
        FlowPane bar = new FlowPane(depthGroupBox, new Separator(Orientation.VERTICAL), zoom, presentation, keysHelp,
                export);
        bar.setHgap(8);
        bar.setVgap(6);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPrefWrapLength(300);
        bar.getStyleClass().add(Styles.GRAPH_TOOLBAR);
        return bar;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        LazyTooltip.install(b, tip);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private Node legend() {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add(Styles.GRAPH_LEGEND);
        for (EdgeKind k : EdgeKind.values()) {
            Line sample = new Line(0, 0, 28, 0);
            sample.getStyleClass().addAll(Styles.GRAPH_EDGE, kindClass(k));
            Polygon head = arrowHead(new Point(20, 0), new Point(28, 0), 7);
            head.getStyleClass().addAll(Styles.GRAPH_ARROW, kindClass(k));
            Label l = new Label(k.label(), new Group(sample, head));
            legend.getChildren().add(l);
        }
        Line unmet = new Line(0, 0, 28, 0);
        unmet.getStyleClass().addAll(Styles.GRAPH_EDGE, kindClass(EdgeKind.DEPENDS_ON), Styles.GRAPH_EDGE_UNMET);
        Label unmetMark = edgeMark(new Point(14, 0), 12);
        Label unmetEdge = new Label("unmet / not in effect", new Group(unmet, unmetMark));
        unmetEdge.setId(Styles.Ids.GRAPH_LEGEND_UNMET);
        legend.getChildren().addAll(unmetEdge, new Label("box \u2714 its dependencies met"),
                new Label("box \u2718 its dependencies unmet"),
                new Label("fill: value y / m / n / other"), new Label("thick border: centre"));
        return legend;
    }

    /** The cross on an edge that does not hold, centred on {@code at}. */
    private static Label edgeMark(Point at, double fs) {
        Label mark = new Label(DependencyGraph.Edge.UNMET_MARK);
        mark.getStyleClass().add(Styles.GRAPH_EDGE_MARK);
        double size = Math.ceil(fs * 1.15);
        mark.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fs * 0.8));
        mark.setMinSize(size, size);
        mark.setPrefSize(size, size);
        mark.setMaxSize(size, size);
        mark.relocate(at.x() - size / 2, at.y() - size / 2);
        mark.setMouseTransparent(true);
        return mark;
    }

    static String kindClass(EdgeKind k) {
        return Styles.GRAPH_EDGE_KIND_PREFIX + GraphSvg.id(k);
    }

    // ------------------------------------------------------------------ drawing

    /**
     * Shows {@code layout} from the next frame on: its boxes first, then its edges, a share a frame
     * ({@value #BOXES_PER_FRAME} boxes or {@value #EDGES_PER_FRAME} edges); the old graph stays
     * until then.
     */
    private void draw(GraphLayout.Result layout) {
        drawing.start(List.of(() -> startDrawing(layout)));
    }

    /** Clears the canvas for {@code layout}, sizes it, queues its boxes and edges, and draws the first share. */
    private void startDrawing(GraphLayout.Result layout) {
        edgeLayer.getChildren().clear();
        boxLayer.getChildren().clear();
        boxes.clear();
        if (layout == null) {
            showFocus(null, null, false);
            return;
        }
        canvas.setPrefSize(layout.width(), layout.height());
        canvas.resize(layout.width(), layout.height());
        double fs = layout.fontSize();
        List<List<PlacedNode>> boxShares = sharesOf(layout.nodes(), BOXES_PER_FRAME);
        for (List<PlacedNode> share : boxShares) {
            boolean last = share == boxShares.get(boxShares.size() - 1);
            drawing.add(() -> {
                for (PlacedNode n : share) {
                    Node box = box(n, fs);
                    boxes.put(n.node().name(), box);
                    boxLayer.getChildren().add(box);
                }
                if (last) {
                    showFocus(null, vm.focusedSymbol(), false); // its box is there now
                }
            });
        }
        for (List<PlacedEdge> share : sharesOf(layout.edges(), EDGES_PER_FRAME)) {
            drawing.add(() -> share.forEach(e -> drawEdge(e, fs)));
        }
        needsAutoView = true;
        autoViewIfPending();
        drawing.runNext();
    }

    /** {@code items} in order, {@code size} a share (the last may have fewer). */
    private static <T> List<List<T>> sharesOf(List<T> items, int size) {
        List<List<T>> shares = new java.util.ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            shares.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return shares;
    }

    /** Whether the graph of the current layout is all on the canvas (it comes over a few frames). */
    public boolean isDrawn() {
        return drawing.isDone();
    }

    private void drawEdge(PlacedEdge e, double fs) {
        List<Point> pts = e.points();
        if (pts.size() < 2) {
            return;
        }
        Polyline line = new Polyline();
        for (Point p : pts) {
            line.getPoints().addAll(p.x(), p.y());
        }
        String kind = kindClass(e.edge().kind());
        line.getStyleClass().addAll(Styles.GRAPH_EDGE, kind);
        Polygon head = arrowHead(pts.get(pts.size() - 2), pts.get(pts.size() - 1), Math.max(8, fs * 0.7));
        head.getStyleClass().addAll(Styles.GRAPH_ARROW, kind);
        line.getProperties().put(EDGE_KEY, e.edge());
        org.kconfigexplorer.app.ui.LazyTooltip.install(line, () -> e.edge().description());
        edgeLayer.getChildren().addAll(line, head);
        if (!e.edge().met()) {
            line.getStyleClass().add(Styles.GRAPH_EDGE_UNMET);
            head.getStyleClass().add(Styles.GRAPH_EDGE_UNMET);
            Label mark = edgeMark(e.markPoint(), fs);
            mark.getProperties().put(EDGE_KEY, e.edge());
            mark.setAccessibleText(e.edge().description());
            edgeLayer.getChildren().add(mark);
        }
    }

    private static Polygon arrowHead(Point from, Point to, double size) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = to.x() - ux * size;
        double by = to.y() - uy * size;
        double half = size * 0.45;
        return new Polygon(to.x(), to.y(), bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
    }

    private Node box(PlacedNode p, double fs) {
        DependencyGraph.Node node = p.node();
        Label title = new Label(node.title());
        title.getStyleClass().add(Styles.GRAPH_NODE_TITLE);
        Label subtitle = new Label(node.subtitle());
        subtitle.getStyleClass().add(Styles.GRAPH_NODE_SUBTITLE);
        VBox box = new VBox(title, subtitle);
        box.getStyleClass().addAll(Styles.GRAPH_NODE, valueClass(node.valueKind()),
                node.met() ? Styles.CONDITION_MET : Styles.CONDITION_UNMET);
        if (node.center()) {
            box.getStyleClass().add(Styles.GRAPH_CENTER);
        }
        box.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx; -fx-padding: %.1fpx;", fs,
                GraphLayout.PADDING_EM * fs));
        box.setMinSize(p.width(), p.height());
        box.setPrefSize(p.width(), p.height());
        box.setMaxSize(p.width(), p.height());
        box.relocate(p.x(), p.y());
        box.getProperties().put(NODE_KEY, node.name());
        box.setCursor(Cursor.HAND);
        String meaning = node.name() + " = " + node.value() + " (" + node.type() + "), dependencies "
                + (node.met() ? "met" : "unmet");
        box.setAccessibleText(meaning);
        org.kconfigexplorer.app.ui.LazyTooltip.install(box, () -> meaning + "\nClick to open " + node.name());
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged) {
                vm.focus(node.name());
                navigate.accept(node.name());
            }
        });
        return box;
    }

    private static String valueClass(DependencyGraph.ValueKind kind) {
        return switch (kind) {
            case YES -> Styles.VALUE_YES;
            case MOD -> Styles.VALUE_MOD;
            case NO -> Styles.VALUE_NO;
            case OTHER -> Styles.VALUE_OTHER;
        };
    }

    // ------------------------------------------------------------------ zoom and pan

    private void installPanAndZoom() {
        viewport.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            viewport.requestFocus();
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
        });
        viewport.setOnMouseDragged(e -> {
            double dx = e.getX() - pressX;
            double dy = e.getY() - pressY;
            if (dragged || Math.hypot(dx, dy) > 3) {
                dragged = true;
                pan.setX(pan.getX() + dx);
                pan.setY(pan.getY() + dy);
                pressX = e.getX();
                pressY = e.getY();
                viewport.setCursor(Cursor.MOVE);
            }
        });
        viewport.setOnMouseReleased(e -> viewport.setCursor(Cursor.DEFAULT));
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
                e.consume();
            }
        });
    }

    // ------------------------------------------------------------------ keyboard

    private void installKeys() {
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(e.getCode(), e.isShiftDown(), e.isShortcutDown() || e.isControlDown(), e.isAltDown())) {
                e.consume();
            }
        });
    }

    /** Acts on a key pressed in the viewport; false when the key is not the graph's (Tab past the end). */
    private boolean handleKey(KeyCode code, boolean shift, boolean ctrl, boolean alt) {
        if (alt) {
            return false;
        }
        GraphFocus.Direction direction = switch (code) {
            case UP, KP_UP -> GraphFocus.Direction.UP;
            case DOWN, KP_DOWN -> GraphFocus.Direction.DOWN;
            case LEFT, KP_LEFT -> GraphFocus.Direction.LEFT;
            case RIGHT, KP_RIGHT -> GraphFocus.Direction.RIGHT;
            default -> null;
        };
        if (direction != null && ctrl) {
            panBy(direction);
            return true;
        }
        if (direction != null && !shift) {
            vm.focusMove(direction);
            return true;
        }
        switch (code) {
            case TAB:
                return !ctrl && (shift ? vm.focusPrevious() : vm.focusNext());
            case HOME:
                vm.focusCentre();
                return true;
            case ENTER:
            case SPACE:
                String name = vm.focusedSymbol();
                if (name != null) {
                    navigate.accept(name);
                }
                return name != null;
            case PLUS:
            case ADD:
            case EQUALS: // the + key without Shift on many layouts
                zoomBy(ZOOM_STEP);
                return true;
            case MINUS:
            case SUBTRACT:
                zoomBy(1 / ZOOM_STEP);
                return true;
            case DIGIT0:
            case NUMPAD0:
                fitToView();
                return true;
            default:
                return false;
        }
    }

    /** Moves the view so the graph seems to move the opposite way: Ctrl+Right shows what is to the right. */
    private void panBy(GraphFocus.Direction d) {
        switch (d) {
            case UP -> pan.setY(pan.getY() + PAN_STEP);
            case DOWN -> pan.setY(pan.getY() - PAN_STEP);
            case LEFT -> pan.setX(pan.getX() + PAN_STEP);
            case RIGHT -> pan.setX(pan.getX() - PAN_STEP);
        }
    }

    /** Marks the focused box (style class and ring) and, when {@code reveal}, scrolls it into view. */
    private void showFocus(String old, String now, boolean reveal) {
        if (old != null && boxes.get(old) != null) {
            boxes.get(old).getStyleClass().remove(Styles.GRAPH_NODE_FOCUSED);
        }
        GraphLayout.Result layout = vm.layout();
        PlacedNode placed = now == null || layout == null ? null : layout.node(now);
        Node box = now == null ? null : boxes.get(now);
        if (placed == null || box == null) {
            focusRing.setWidth(0);
            focusRing.setHeight(0);
            viewport.setAccessibleText("Dependency graph");
            return;
        }
        if (!box.getStyleClass().contains(Styles.GRAPH_NODE_FOCUSED)) {
            box.getStyleClass().add(Styles.GRAPH_NODE_FOCUSED);
        }
        focusRing.setX(placed.x() - RING_GAP);
        focusRing.setY(placed.y() - RING_GAP);
        focusRing.setWidth(placed.width() + 2 * RING_GAP);
        focusRing.setHeight(placed.height() + 2 * RING_GAP);
        double arc = layout.fontSize() * 1.3;
        focusRing.setArcWidth(arc);
        focusRing.setArcHeight(arc);
        viewport.setAccessibleText("Dependency graph, focused: " + box.getAccessibleText());
        if (reveal) {
            reveal(placed);
        }
    }

    /** Pans as little as needed to bring {@code placed} (and its ring) into view. */
    private void reveal(PlacedNode placed) {
        if (viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        double margin = Math.min(24, Math.min(viewport.getWidth(), viewport.getHeight()) / 8);
        Point p = GraphFocus.panToShow(placed, zoom.getX(), new Point(pan.getX(), pan.getY()), viewport.getWidth(),
                viewport.getHeight(), margin + RING_GAP * zoom.getX());
        pan.setX(p.x());
        pan.setY(p.y());
    }

    /** Whether {@code name}'s box lies wholly inside the viewport now. */
    public boolean isInView(String name) {
        Node box = boxes.get(name);
        if (box == null) {
            return false;
        }
        javafx.geometry.Bounds b = viewport.sceneToLocal(box.localToScene(box.getBoundsInLocal()));
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= viewport.getWidth()
                && b.getMaxY() <= viewport.getHeight();
    }

    /** Zooms by {@code factor} around the middle of the viewport. */
    private void zoomBy(double factor) {
        zoomAt(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Multiplies the zoom by {@code factor}, keeping the point (x, y) of the viewport in place. */
    public void zoomAt(double factor, double x, double y) {
        double old = zoom.getX();
        double now = Math.max(MIN_SCALE, Math.min(MAX_SCALE, old * factor));
        double f = now / old;
        pan.setX(x - (x - pan.getX()) * f);
        pan.setY(y - (y - pan.getY()) * f);
        zoom.setX(now);
        zoom.setY(now);
    }

    public GraphViewModel viewModel() {
        return vm;
    }

    /** The current zoom factor (1 = the layout's size). */
    public double zoomFactor() {
        return zoom.getX();
    }

    /** Scales the whole graph into the view (never above 100%). */
    public void fitToView() {
        GraphLayout.Result layout = vm.layout();
        if (layout == null || viewport.getWidth() <= 0) {
            return;
        }
        double s = Math.min(1, Math.min(viewport.getWidth() / layout.width(), viewport.getHeight() / layout.height()));
        s = Math.max(MIN_SCALE, s);
        zoom.setX(s);
        zoom.setY(s);
        pan.setX((viewport.getWidth() - layout.width() * s) / 2);
        pan.setY((viewport.getHeight() - layout.height() * s) / 2);
    }

    /**
     * After a new layout: the whole graph when it fits at a readable size; else 85%, the
     * centre symbol near the left edge (its dependencies lie to its right), vertically in view.
     */
    private void autoViewIfPending() {
        GraphLayout.Result layout = vm.layout();
        if (!needsAutoView || layout == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        needsAutoView = false;
        fitToView();
        if (zoom.getX() < 0.7) {
            double s = 0.85;
            zoom.setX(s);
            zoom.setY(s);
            PlacedNode c = layout.node(layout.graph().center());
            Point2D focus = c == null ? new Point2D(0, layout.height() / 2) : new Point2D(c.x(), c.centerY());
            double margin = 2 * layout.fontSize();
            double vw = viewport.getWidth();
            double vh = viewport.getHeight();
            pan.setX(Math.min(0, Math.max(margin - focus.getX() * s, vw - layout.width() * s)));
            pan.setY(Math.min(0, Math.max(vh / 2 - focus.getY() * s, vh - layout.height() * s)));
        }
    }

    // ------------------------------------------------------------------ export

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private String baseName() {
        GraphLayout.Result r = vm.layout();
        return (r == null ? "graph" : r.graph().center() + "-depth" + r.graph().depth()) + ".";
    }

    private void exportSvg() {
        Optional<Path> file = dialogs.chooseSaveFile(owner(), "Save graph as SVG", baseName() + "svg");
        file.ifPresent(vm::exportSvg);
    }

    private void exportPng() {
        GraphLayout.Result r = vm.layout();
        if (r == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(owner(), "Save graph as PNG", baseName() + "png");
        if (file.isEmpty()) {
            return;
        }
        drawing.finishNow(); // a graph still coming in is drawn whole first
        SnapshotParameters params = new SnapshotParameters();
        Color bg = viewport.getBackground() != null && !viewport.getBackground().getFills().isEmpty()
                && viewport.getBackground().getFills().get(0).getFill() instanceof Color c ? c : Color.WHITE;
        params.setFill(bg);
        double scale = Math.max(r.width(), r.height()) * 2 > 8000 ? 1 : 2;
        params.setTransform(Transform.scale(scale, scale));
        WritableImage image = canvas.snapshot(params, null);
        vm.exportPng(file.get(), SwingFXUtils.fromFXImage(image, null));
    }
}
