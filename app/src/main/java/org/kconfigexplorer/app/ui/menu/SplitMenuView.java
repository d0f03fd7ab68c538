package org.kconfigexplorer.app.ui.menu;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.Styles;

/**
 * xconfig's split view: the submenus on the left, the chosen submenu's entries on the right under
 * the path that leads to it.
 */
public final class SplitMenuView extends SplitPane {

    private final MenuListView menus;
    private final OptionTreeView options;

    /** @param options an option list; it is switched to page mode here */
    public SplitMenuView(OptionTreeView options, ObjectProperty<OptionRow> selection) {
        this.options = options;
        options.showPages();
        menus = new MenuListView(options, selection);
        Label path = new Label();
        path.setId(Styles.Ids.MENU_PATH);
        path.getStyleClass().add(Styles.MENU_PATH);
        path.setWrapText(true);
        path.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        path.textProperty().bind(Bindings.createStringBinding(() -> pathText(options.pageProperty().get()),
                options.pageProperty()));
        VBox right = new VBox(path, options);
        VBox.setVgrow(options, Priority.ALWAYS);
        getItems().setAll(menus, right);
        setOrientation(Orientation.HORIZONTAL);
        setDividerPositions(0.38);
    }

    /** "Kernel hacking › Rust hacking": the menus down to {@code page} (the main menu only when it is the page). */
    static String pathText(OptionRow page) {
        if (page == null) {
            return "";
        }
        java.util.List<String> path = MenuScope.path(page);
        return String.join(" \u203a ", path.size() > 1 ? path.subList(1, path.size()) : path);
    }

    /** Shows {@code tree}, filtered to {@code rows} (null: every row), in both lists. */
    public void setTreeAndFilter(OptionTree tree, Set<OptionRow> rows) {
        options.setTreeAndFilter(tree, rows);
        menus.setTree(tree, rows);
    }

    public MenuListView menus() {
        return menus;
    }

    public OptionTreeView options() {
        return options;
    }
}
