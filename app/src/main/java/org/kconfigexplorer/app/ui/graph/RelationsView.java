package org.kconfigexplorer.app.ui.graph;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
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
    /** Links shown per relation before "+N more". */
    static final int LINKS_SHOWN = 24;
    /** Links added per frame once "+N more" is clicked. */
    static final int LINKS_PER_FRAME = 30;

    private final RelationsViewModel vm;
    private final Consumer<String> navigate;
    private final GridPane grid = new GridPane();
    /** Adds the rest of a long relation after "+N more". */
    private final EachFrame rest = new EachFrame();

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

    private void fill() {
        rest.stop();
        grid.getChildren().clear();
        int row = 0;
        for (RelationsViewModel.Group g : vm.groups()) {
            Label kind = new Label(g.title());
            kind.getStyleClass().addAll(Styles.DETAILS_KEY, Styles.RELATION_KIND);
            kind.setMinWidth(Label.USE_PREF_SIZE);
            FlowPane links = new FlowPane();
            links.getStyleClass().add(Styles.RELATIONS);
            int shown = Math.min(g.links().size(), LINKS_SHOWN);
            for (RelationsViewModel.Link l : g.links().subList(0, shown)) {
                links.getChildren().add(link(g, l));
            }
            if (shown < g.links().size()) {
                links.getChildren().add(moreLink(g, links, shown));
            }
            grid.add(kind, 0, row);
            grid.add(links, 1, row);
            GridPane.setHgrow(links, Priority.ALWAYS);
            row++;
        }
    }

    private Hyperlink link(RelationsViewModel.Group g, RelationsViewModel.Link l) {
        Hyperlink link = new Hyperlink(l.text());
        link.getStyleClass().addAll(Styles.RELATION_LINK, l.on() ? Styles.VALUE_YES : Styles.VALUE_NO);
        link.getProperties().put(SYMBOL_KEY, l.name());
        org.kconfigexplorer.app.ui.LazyTooltip.install(link, () -> g.title() + " " + l.name()
                + ": click to open it");
        link.setOnAction(e -> navigate.accept(l.name()));
        return link;
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
