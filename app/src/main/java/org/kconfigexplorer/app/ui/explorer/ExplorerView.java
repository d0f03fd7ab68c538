package org.kconfigexplorer.app.ui.explorer;

import java.util.Optional;
import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.details.SymbolDetailsView;
import org.kconfigexplorer.app.ui.dialogs.FileDialogs;
import org.kconfigexplorer.app.ui.graph.GraphView;
import org.kconfigexplorer.app.ui.graph.InsightViewModel;
import org.kconfigexplorer.app.ui.graph.RelationsView;
import org.kconfigexplorer.app.ui.menu.OptionTreeView;
import org.kconfigexplorer.app.ui.search.SearchView;
import org.kconfigexplorer.app.ui.source.SourceView;

/**
 * The explorer window's content: toolbar on top, the menu tree and the details side by side,
 * the problems list and the status bar below. Wires controls to the {@link ExplorerViewModel}.
 */
public final class ExplorerView extends BorderPane {

    private final ExplorerViewModel vm;
    private final FileDialogs dialogs;
    private final ExplorerToolbar toolbar = new ExplorerToolbar();
    private final OptionTreeView tree;
    private SearchView searchView;

    public ExplorerView(ExplorerViewModel vm, FileDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getStyleClass().add(Styles.EXPLORER);

        tree = new OptionTreeView(vm.selectedRowProperty(), vm::toggle);
        vm.treeProperty().addListener((obs, old, now) -> tree.setTree(now));
        tree.setTree(vm.tree());
        tree.disableProperty().bind(vm.busyProperty());
        tree.setPlaceholderText(vm.messageProperty());

        SymbolDetailsView details = new SymbolDetailsView(vm.details(), (value, resync) -> {
            vm.setValue(vm.selectedRowProperty().get(), value);
            resync.run();
        });
        details.disableProperty().bind(vm.busyProperty());

        // Understand and navigate (issue 6): relations, source, dependency graph, search.
        InsightViewModel insight = new InsightViewModel(vm);
        details.addSection(new RelationsView(insight.relations(), insight::navigate));
        GraphView graph = new GraphView(insight.graph(), dialogs, insight::navigate);
        TabPane tabs = new TabPane(tab("Details", Styles.Ids.DETAILS_TAB, details),
                tab("Source", Styles.Ids.SOURCE_TAB, new SourceView(insight.source())),
                tab("Graph", Styles.Ids.GRAPH_TAB, graph));
        tabs.setId(Styles.Ids.DETAIL_TABS);
        insight.graph().activeProperty().bind(tabs.getTabs().get(2).selectedProperty());
        searchView = new SearchView(insight.search());
        VBox left = new VBox(searchView, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);

        wireToolbar();
        setTop(toolbar);
        setCenter(split);
        setBottom(new VBox(new ProblemsView(vm.problems()), new StatusBar(vm)));

        // Once the tree is there, keyboard work starts in it (arrows to move, Space to toggle).
        javafx.beans.value.ChangeListener<Boolean> focusOnce = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean busy) {
                if (!busy && vm.readyProperty().get()) {
                    vm.busyProperty().removeListener(this);
                    tree.requestFocus();
                }
            }
        };
        vm.busyProperty().addListener(focusOnce);
        vm.lastErrorProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showError(now);
            }
        });
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        // Wrapped: a tab manages its content's disable state, and the details bind theirs.
        Tab tab = new Tab(title, new javafx.scene.layout.StackPane(content));
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private void wireToolbar() {
        toolbar.presets.setItems(vm.presets());
        toolbar.presets.valueProperty().bindBidirectional(vm.selectedPresetProperty());
        toolbar.presets.disableProperty().bind(vm.busyProperty().or(vm.readyProperty().not()));

        toolbar.search.setOnAction(e -> vm.search(toolbar.search.getText()));
        toolbar.search.disableProperty().bind(vm.readyProperty().not());

        toolbar.rustHelpers.setOnAction(e -> vm.showRustInlineHelpers());
        toolbar.rustHelpers.disableProperty().bind(vm.rustHelpersAvailableProperty().not());

        toolbar.export.setOnAction(e -> export());
        toolbar.export.disableProperty().bind(vm.busyProperty().or(vm.readyProperty().not()));

        toolbar.dark.selectedProperty().addListener((obs, old, now) -> {
            if (getScene() != null) {
                (now ? Theme.DARK : Theme.LIGHT).applyTo(getScene());
            }
        });
    }

    /** Installs the shortcuts: Ctrl+F search, Ctrl+E export, Ctrl+R Rust inline helpers. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> toolbar.search.requestFocus());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> searchView.focusField());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::export);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                vm::showRustInlineHelpers);
    }

    /** Selects the theme switch's state to match {@code theme} (and applies it). */
    public void useTheme(Theme theme) {
        toolbar.dark.setSelected(theme == Theme.DARK);
        if (getScene() != null) {
            theme.applyTo(getScene());
        }
    }

    private void export() {
        if (vm.isBusy() || !vm.readyProperty().get()) {
            return;
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        Optional<Path> file = dialogs.chooseSaveFile(owner, "Export .config fragment", vm.suggestedFragmentName());
        file.ifPresent(vm::exportFragment);
    }

    private void showError(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText("Something went wrong");
        alert.setTitle("Kconfig Explorer");
        if (getScene() != null && getScene().getWindow() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }
}
