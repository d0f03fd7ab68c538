package org.kconfigexplorer.app.ui.graph;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.Styles;

/** The relations of the selected symbol as links: clicking one opens that symbol. */
public final class RelationsView extends VBox {

    /** Key of a link's symbol name in its properties. */
    public static final String SYMBOL_KEY = "kx-relation-symbol";

    private final RelationsViewModel vm;
    private final Consumer<String> navigate;
    private final GridPane grid = new GridPane();

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
        grid.getChildren().clear();
        int row = 0;
        for (RelationsViewModel.Group g : vm.groups()) {
            Label kind = new Label(g.title());
            kind.getStyleClass().addAll(Styles.DETAILS_KEY, Styles.RELATION_KIND);
            kind.setMinWidth(Label.USE_PREF_SIZE);
            FlowPane links = new FlowPane();
            links.getStyleClass().add(Styles.RELATIONS);
            for (RelationsViewModel.Link l : g.links()) {
                Hyperlink link = new Hyperlink(l.text());
                link.getStyleClass().addAll(Styles.RELATION_LINK, l.on() ? Styles.VALUE_YES : Styles.VALUE_NO);
                link.getProperties().put(SYMBOL_KEY, l.name());
                org.kconfigexplorer.app.ui.LazyTooltip.install(link, () -> g.title() + " " + l.name()
                        + ": click to open it");
                link.setOnAction(e -> navigate.accept(l.name()));
                links.getChildren().add(link);
            }
            grid.add(kind, 0, row);
            grid.add(links, 1, row);
            GridPane.setHgrow(links, Priority.ALWAYS);
            row++;
        }
    }
}
