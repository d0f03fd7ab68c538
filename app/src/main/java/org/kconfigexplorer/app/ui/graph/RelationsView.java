package org.kconfigexplorer.app.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.EachFrame;
import org.kconfigexplorer.app.ui.Styles;

/**
 * The relations of the selected symbol as links: clicking one opens that symbol. A long list (CRC32
 * is selected by about 200 options on x86_64, and making as many links held the UI thread for 35
 * to 75 ms) shows its first {@value #LINKS_SHOWN} and a "+N more" link, which adds the others a
 * few dozen a frame.
 */
public final class RelationsView extends VBox {

    /** Key of a link's symbol name in its properties. */
    public static final String SYMBOL_KEY = "kx-relation-symbol";
    /** Key of a link's relation title in its properties (for its tooltip). */
    private static final String TITLE_KEY = "kx-relation-title";
    /** Links shown per relation before "+N more". */
    static final int LINKS_SHOWN = 24;
    /** A relation with at most this many links over {@link #LINKS_SHOWN} shows them all ("+1 more" helps nobody). */
    static final int FEW_MORE = 6;
    /** Links added per frame once "+N more" is clicked. */
    static final int LINKS_PER_FRAME = 30;

    private final RelationsViewModel vm;
    private final Consumer<String> navigate;
    private final GridPane grid = new GridPane();
    /** The grid's rows, one per relation, reused from one symbol to the next. */
    private final List<Row> rows = new ArrayList<>();
    /** Adds the rest of a long relation after "+N more". */
    private final EachFrame rest = new EachFrame();

    /** A relation's row in the grid: its title and its links. */
    private record Row(Label kind, FlowPane links) { }

    public RelationsView(RelationsViewModel vm, Consumer<String> navigate) {
        this.vm = vm;
        this.navigate = navigate;
        setId(Styles.Ids.RELATIONS);
        getStyleClass().addAll(Styles.RELATIONS, "kx-details-section");
        Label title = new Label("Relations");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        grid.getStyleClass().add("kx-details-facts");
        getChildren().addAll(title, grid);
        visibleProperty().bind(Bindings.isNotEmpty(vm.groups()));
        managedProperty().bind(visibleProperty());
        vm.groups().addListener((ListChangeListener<RelationsViewModel.Group>) c -> fill());
        fill();
    }

    /**
     * Shows the view model's groups in the rows and links already there, re-pointed, adding or
     * removing only the difference: a selection then makes few new nodes to style (new links were
     * most of the cost of showing a symbol with many relations).
     */
    private void fill() {
        rest.stop();
        List<RelationsViewModel.Group> groups = vm.groups();
        while (rows.size() > groups.size()) {
            Row last = rows.remove(rows.size() - 1);
            grid.getChildren().removeAll(last.kind(), last.links());
        }
        while (rows.size() < groups.size()) {
            rows.add(newRow(rows.size()));
        }
        for (int i = 0; i < groups.size(); i++) {
            rows.get(i).kind().setText(groups.get(i).title());
            showLinks(rows.get(i).links(), groups.get(i));
        }
    }

    private Row newRow(int index) {
        Label kind = new Label();
        kind.getStyleClass().addAll(Styles.DETAILS_KEY, Styles.RELATION_KIND);
        kind.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane links = new FlowPane();
        links.getStyleClass().add(Styles.RELATIONS);
        grid.add(kind, 0, index);
        grid.add(links, 1, index);
        GridPane.setHgrow(links, Priority.ALWAYS);
        return new Row(kind, links);
    }

    /**
     * The first {@value #LINKS_SHOWN} links of {@code g} in {@code pane}, then "+N more" if there are
     * more than {@value #FEW_MORE} others; all of them otherwise.
     */
    private void showLinks(FlowPane pane, RelationsViewModel.Group g) {
        List<Node> children = pane.getChildren();
        children.removeIf(n -> n.getStyleClass().contains(Styles.RELATION_MORE));
        int shown = g.links().size() <= LINKS_SHOWN + FEW_MORE ? g.links().size() : LINKS_SHOWN;
        if (children.size() > shown) {
            children.subList(shown, children.size()).clear();
        }
        for (int i = 0; i < shown; i++) {
            if (i < children.size()) {
                point((Hyperlink) children.get(i), g, g.links().get(i));
            } else {
                children.add(link(g, g.links().get(i)));
            }
        }
        if (shown < g.links().size()) {
            children.add(moreLink(g, pane, shown));
        }
    }

    private Hyperlink link(RelationsViewModel.Group g, RelationsViewModel.Link l) {
        Hyperlink link = new Hyperlink();
        link.getStyleClass().add(Styles.RELATION_LINK);
        point(link, g, l);
        org.kconfigexplorer.app.ui.LazyTooltip.install(link, () -> link.getProperties().get(TITLE_KEY) + " "
                + link.getProperties().get(SYMBOL_KEY) + ": click to open it");
        link.setOnAction(e -> navigate.accept((String) link.getProperties().get(SYMBOL_KEY)));
        return link;
    }

    /** Makes {@code link} stand for {@code l} of {@code g}, changing its style only if its value differs. */
    private static void point(Hyperlink link, RelationsViewModel.Group g, RelationsViewModel.Link l) {
        link.setText(l.text());
        link.setVisited(false);
        link.getProperties().put(SYMBOL_KEY, l.name());
        link.getProperties().put(TITLE_KEY, g.title());
        String value = l.on() ? Styles.VALUE_YES : Styles.VALUE_NO;
        if (!link.getStyleClass().contains(value)) {
            link.getStyleClass().removeAll(Styles.VALUE_YES, Styles.VALUE_NO);
            link.getStyleClass().add(value);
        }
    }

    /** "+N more": replaced by the links of {@code g} from {@code from} on, a frame's share at a time. */
    private Hyperlink moreLink(RelationsViewModel.Group g, FlowPane links, int from) {
        List<RelationsViewModel.Link> all = g.links();
        Hyperlink more = new Hyperlink("+" + (all.size() - from) + " more");
        more.getStyleClass().add(Styles.RELATION_MORE);
        more.setAccessibleText("Show the other " + (all.size() - from) + " options " + g.title().toLowerCase(Locale.ROOT));
        more.setOnAction(e -> {
            links.getChildren().remove(more);
            int[] next = {from};
            rest.start(() -> {
                int end = Math.min(all.size(), next[0] + LINKS_PER_FRAME);
                for (RelationsViewModel.Link l : all.subList(next[0], end)) {
                    links.getChildren().add(link(g, l));
                }
                next[0] = end;
                return end < all.size();
            });
        });
        return more;
    }
}
