package org.kconfigexplorer.app.ui.explorer;

import java.util.List;
import java.util.Optional;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.HBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kconfigexplorer.app.ui.FrameSteps;
import org.kconfigexplorer.app.ui.TextSizeInParts;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Theme;
import org.kconfigexplorer.app.ui.details.SymbolDetailsView;
import org.kconfigexplorer.app.ui.details.SymbolDetailsViewModel;
import org.kconfigexplorer.app.ui.fix.FixView;
import org.kconfigexplorer.app.ui.dialogs.DialogStyle;
import org.kconfigexplorer.app.ui.dialogs.FileDialogs;
import org.kconfigexplorer.app.ui.changes.ChangesView;
import org.kconfigexplorer.app.ui.graph.GraphView;
import org.kconfigexplorer.app.ui.graph.InsightViewModel;
import org.kconfigexplorer.app.ui.graph.RelationsView;
import org.kconfigexplorer.app.ui.menu.OptionFilter;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.menu.OptionTreeView;
import org.kconfigexplorer.app.ui.menu.SplitMenuView;
import org.kconfigexplorer.app.ui.opentree.KernelTreeSource;
import org.kconfigexplorer.app.ui.opentree.OpenTreeDialog;
import org.kconfigexplorer.app.ui.opentree.OpenTreeViewModel;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.kconfigexplorer.app.ui.settings.Settings;
import org.kconfigexplorer.app.ui.search.SearchView;
import org.kconfigexplorer.app.ui.source.SourceView;
import org.kconfigexplorer.app.ui.toolchain.ToolchainPanel;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * The explorer window's content: menu bar and toolbar on top; on the left the search panel,
 * the filter and the menu tree; on the right one tab pane (Details | Source | Graph |
 * Toolchain | Changes); the problems list and the status bar below. Wires controls to the
 * {@link ExplorerViewModel}.
 */
public final class ExplorerView extends BorderPane {

    private final ExplorerViewModel vm;
    private final FileDialogs dialogs;
    private final ExplorerToolbar toolbar = new ExplorerToolbar();
    private final OptionTreeView tree;
    private final SplitMenuView splitMenus;
    private final VBox treePane;
    private final javafx.beans.property.BooleanProperty splitView =
            new javafx.beans.property.SimpleBooleanProperty(this, "splitView");
    private final SearchView searchView;
    private final HBox filterBar;
    private final SymbolDetailsView details;
    private final TabPane sideTabs = new TabPane();
    private final Tab detailsTab;
    private final Tab toolchainTab;
    private final Tab sourceTab;
    private final SourceView sourceView;
    private final SplitPane split;
    private final ObjectProperty<FontScale> fontScale = new SimpleObjectProperty<>(this, "fontScale", FontScale.P100);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObservableList<Settings.RecentTree> recentTrees = FXCollections.observableArrayList();
    /** A region's state for each text size: kx-text-100, kx-text-125, ... (see base.css). */
    private static final java.util.Map<FontScale, javafx.css.PseudoClass> TEXT_SIZES = java.util.Arrays
            .stream(FontScale.values()).collect(java.util.stream.Collectors.toMap(s -> s,
                    s -> javafx.css.PseudoClass.getPseudoClass("kx-text-" + s.percent())));
    /** Modena's tab height (-fx-tab-min-height and -fx-tab-max-height), in em. */
    private static final double TAB_HEIGHT_EM = 1.8333;
    /** The regions that take the text size and the theme, each on its own. */
    private final WindowRegions regions;
    /** The text size comes to the window a region a frame. */
    private final FrameSteps textSize = new FrameSteps();
    /** So does the theme. */
    private final FrameSteps themeChange = new FrameSteps();
    private final Menu recentMenu = new Menu("Recent trees");

    /** The full tree and the split view, stacked, one of them hidden. */
    private final javafx.scene.layout.StackPane layouts;
    /** The parts in which the hidden split view first grows to its height (see {@link #growOverFrames}). */
    private static final int FIRST_LAYOUT_PARTS = 8;
    /** Whether the hidden split view has grown to its height once: its rows exist from then on. */
    private boolean splitViewGrown;
    /** Whether the hidden layout shows an older tree, filter or selection than the one on screen. */
    private boolean hiddenLayoutBehind = true;
    /** Changes of the tree, the filter or the selection so far (the layouts follow them). */
    private long layoutChanges;

    public ExplorerView(ExplorerViewModel vm, FileDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getStyleClass().add(Styles.EXPLORER);

        tree = optionTree();
        // Only the layout on screen follows the tree and the filter; the other catches up while the
        // user is idle (prepareHiddenLayout), or when shown.
        vm.treeProperty().addListener((obs, old, now) -> rowsChanged());
        vm.shownRowsProperty().addListener((obs, old, now) -> rowsChanged());
        tree.setTree(vm.tree());
        splitMenus = new SplitMenuView(optionTree(), vm.selectedRowProperty());
        vm.selectedRowProperty().addListener((obs, old, now) -> hiddenLayoutFallsBehind());

        details = new SymbolDetailsView(vm.details(), (value, resync) -> {
            vm.setValue(vm.describedRowProperty().get(), value);
            resync.run();
        });
        details.setTextSetter(text -> vm.setText(vm.describedRowProperty().get(), text));
        details.addSectionUnderPreconditions(new FixView(vm.fix()));

        // Understand and navigate: relations, source, dependency graph, search.
        InsightViewModel insight = new InsightViewModel(vm);
        details.addSection(new RelationsView(insight.relations(), insight::navigate));
        GraphView graph = new GraphView(insight.graph(), dialogs, insight::navigate);
        // Change and keep: toolchain profile, changes against a .config.
        ToolchainPanel toolchainPanel = new ToolchainPanel(vm.toolchain(), title -> dialogs.chooseOpenFile(owner(), title),
                title -> dialogs.chooseSaveFile(owner(), title, "toolchain-profile.json"));
        ChangesView changesView = new ChangesView(vm.changes(), title -> dialogs.chooseOpenFile(owner(), title),
                title -> dialogs.chooseSaveFile(owner(), title, ".config"), vm::selectSymbol);

        // One side panel: Details | Source | Graph | Toolchain | Changes.
        detailsTab = tab("Details", Styles.Ids.DETAILS_TAB, details);
        Tab graphTab = tab("Graph", Styles.Ids.GRAPH_TAB, graph);
        toolchainTab = tab("Toolchain", Styles.Ids.TOOLCHAIN_TAB, toolchainPanel);
        Tab changesTab = tab("Changes", Styles.Ids.CHANGES_TAB, changesView);
        changesTab.textProperty().bind(Bindings.size(vm.changes().changes()).asString("Changes (%d)"));
        sourceView = new SourceView(insight.source());
        sourceTab = tab("Source", Styles.Ids.SOURCE_TAB, sourceView);
        sideTabs.getTabs().setAll(detailsTab, sourceTab, graphTab, toolchainTab, changesTab);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setId(Styles.Ids.SIDE_TABS);
        sideTabs.getStyleClass().add(Styles.SIDE_TABS);
        // A side panel hidden behind another tab follows the selection once shown again.
        vm.details().activeProperty().bind(detailsTab.selectedProperty());
        insight.relations().activeProperty().bind(detailsTab.selectedProperty());
        insight.graph().activeProperty().bind(graphTab.selectedProperty());
        insight.source().activeProperty().bind(sourceTab.selectedProperty());
        vm.toolchain().activeProperty().bind(toolchainTab.selectedProperty());

        // Above the tree: the search panel, then the filter.
        searchView = new SearchView(insight.search());
        Label showLabel = new Label("Show:");
        showLabel.setLabelFor(toolbar.filter);
        toolbar.splitView.selectedProperty().bindBidirectional(splitView);
        filterBar = new HBox(6, showLabel, toolbar.filter, toolbar.splitView);
        filterBar.getStyleClass().add(Styles.TOOLBAR);
        // Both layouts stay in the scene, one hidden: switching then costs no new skins, rows or CSS.
        layouts = new javafx.scene.layout.StackPane(tree, splitMenus);
        treePane = new VBox(searchView, filterBar, layouts);
        VBox.setVgrow(layouts, Priority.ALWAYS);
        showOnly(tree, splitMenus);
        splitView.addListener((obs, old, now) -> showLayout(now));
        split = new SplitPane(treePane, sideTabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        split.getStyleClass().add(Styles.MAIN_SPLIT);

        wireToolbar();
        setTop(new VBox(menuBar(), toolbar));
        javafx.scene.layout.Region veil = busyVeil();
        setCenter(new javafx.scene.layout.StackPane(split, veil));
        setBottom(new VBox(new ProblemsView(vm.problems(), problem -> {
            if (problem != null && problem.hasLocation()) {
                sideTabs.getSelectionModel().select(detailsTab);
                vm.selectProblem(problem);
            }
        }), new StatusBar(vm)));
        regions = new WindowRegions(new WindowRegions.Parts(this::getTop, searchView, filterBar, tree, splitMenus,
                splitView::get, sideTabs, split, veil, this::getBottom));
        setStyle(DialogStyle.rootFontStyle(FontScale.P100));
        fontScale.addListener((obs, old, now) -> applyFontScale());
        applyFontScale();
        theme.addListener((obs, old, now) -> {
            toolbar.dark.setSelected(now == Theme.DARK);
            applyTheme();
        });
        // Tab headers, dividers and a panel's scroll bars come with their skins: they take the text
        // size and theme at once.
        sideTabs.skinProperty().addListener((obs, old, now) -> applyAllAtOnce());
        split.skinProperty().addListener((obs, old, now) -> applyAllAtOnce());
        toolchainPanel.skinProperty().addListener((obs, old, now) -> applyAllAtOnce());
        recentTrees.addListener((javafx.collections.ListChangeListener<Settings.RecentTree>) c -> fillRecent());
        fillRecent();

        // Once the tree is there, keyboard work starts in it (arrows to move, Space to toggle).
        javafx.beans.value.ChangeListener<Boolean> focusOnce = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean busy) {
                if (!busy && vm.readyProperty().get()) {
                    vm.busyProperty().removeListener(this);
                    (splitView.get() ? splitMenus.options() : tree).requestFocus();
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

    /**
     * A veil over the tree and the side panel while a tree loads: it takes the mouse, and the view
     * model refuses edits while busy. The controls are not disabled instead: greying the thousands
     * of nodes under them and back would cost two whole CSS passes on the FX thread.
     */
    private javafx.scene.layout.Region busyVeil() {
        javafx.scene.layout.Region veil = new javafx.scene.layout.Region();
        veil.getStyleClass().add(Styles.BUSY_VEIL);
        veil.setCursor(javafx.scene.Cursor.WAIT);
        veil.visibleProperty().bind(vm.loadingProperty());
        return veil;
    }

    /** A menu tree (the full one, or the split view's option list) wired to the view model. */
    private OptionTreeView optionTree() {
        OptionTreeView t = new OptionTreeView(vm.selectedRowProperty(), vm::toggle, vm::setText);
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Enter on an int, hex or string option: type its value in the details.
            if (e.getCode() == KeyCode.ENTER && t.getEditingCell() == null && selectionIsTextEditable()) {
                showDetailsTab();
                if (focusValueField()) {
                    e.consume();
                }
            }
        });
        t.setPlaceholderText(vm.messageProperty());
        return t;
    }

    /** Whether the selected option's value is typed as text and may be changed (the details may be hidden, and behind). */
    private boolean selectionIsTextEditable() {
        OptionRow row = vm.selectedRowProperty().get();
        return row != null && row.symbol() != null && SymbolDetailsViewModel.isTextEditable(vm.model(), row.symbol());
    }

    private void rowsChanged() {
        syncShownLayout();
        hiddenLayoutFallsBehind();
    }

    private void hiddenLayoutFallsBehind() {
        hiddenLayoutBehind = true;
        layoutChanges++;
    }

    private void syncShownLayout() {
        catchUp(splitView.get());
    }

    /**
     * Brings the split view ({@code split}) or the full tree up to date with the tree and the
     * filter; the split view also turns to the selection's page (a shown one does as it selects).
     */
    private void catchUp(boolean split) {
        if (split) {
            splitMenus.setTreeAndFilter(vm.tree(), vm.shownRowsProperty().get());
            splitMenus.options().turnToSelectionPage();
        } else {
            tree.setTreeAndFilter(vm.tree(), vm.shownRowsProperty().get());
        }
    }

    /**
     * Shows the current tree in the hidden layout too (the split view's lists while the full tree
     * is on screen, or the other way round), so that its rows are made now, when the user is idle,
     * rather than on the first switch (which made a screenful of rows at once, 15 to 25 ms on x86_64).
     */
    public void prepareHiddenLayout() {
        if (!hiddenLayoutBehind) {
            return;
        }
        hiddenLayoutBehind = false;
        if (splitView.get()) {
            catchUp(false);
            return;
        }
        // The split view's two lists a frame apart: its option list (on the selection's page) is
        // laid out in the coming frame, its menu list in the next (together, 40 ms on x86_64).
        // The first time, with no rows yet, both get their trees at no height and then grow.
        boolean first = !splitViewGrown;
        splitViewGrown = true;
        if (first && !splitMenus.isVisible()) {
            splitMenus.setMaxHeight(0);
        }
        splitMenus.options().setTreeAndFilter(vm.tree(), vm.shownRowsProperty().get());
        splitMenus.options().turnToSelectionPage();
        vm.executor().inNextFrame(() -> {
            splitMenus.menus().setTree(vm.tree(), vm.shownRowsProperty().get());
            if (first) {
                vm.executor().inNextFrame(() -> growOverFrames(splitMenus, 1));
            }
        });
    }

    /**
     * Lets the hidden {@code region} grow to the layouts' height a part a frame, so that its
     * lists make their first rows a part at a time (a screenful of new rows at once took about
     * 28 ms on x86_64). Shown meanwhile, it has its full height at once.
     */
    private void growOverFrames(Region region, int part) {
        double height = layouts.getHeight();
        if (part >= FIRST_LAYOUT_PARTS || height <= 0 || region.isVisible()) {
            region.setMaxHeight(Region.USE_COMPUTED_SIZE);
            return;
        }
        region.setMaxHeight(height * part / FIRST_LAYOUT_PARTS);
        vm.executor().inNextFrame(() -> growOverFrames(region, part + 1));
    }

    /**
     * Shows the full tree or the split view (submenus | entries) under the filter bar, over two
     * frames: in the first, the layout to show catches up with the tree, the filter and the
     * selection's page while still hidden; in the next, it is shown and selects the row. Each frame
     * then does part of the work (at once, on x86_64, a switch after a filter change took 20 to 38 ms).
     */
    private void showLayout(boolean split) {
        catchUp(split); // the layout to show, still hidden
        long changesAtSwitch = layoutChanges;
        vm.executor().inNextFrame(() -> {
            if (splitView.get() != split) {
                return; // switched back meanwhile
            }
            OptionTreeView shown = split ? splitMenus.options() : tree;
            if (split) {
                showOnly(splitMenus, tree);
            } else {
                showOnly(tree, splitMenus);
            }
            if (layoutChanges == changesAtSwitch) {
                hiddenLayoutBehind = false; // the layout now hidden was on screen: it is up to date
            }
            shown.revealSelection();
            if (vm.readyProperty().get()) {
                shown.requestFocus();
            }
        });
    }

    /**
     * Shows {@code shown} and hides {@code hidden}. The hidden one keeps its skin and is still laid
     * out at the same size, so showing it again costs no new skin or styling.
     */
    private static void showOnly(Region shown, Region hidden) {
        hidden.setVisible(false);
        shown.setMaxHeight(Region.USE_COMPUTED_SIZE); // grown to its height if it was still growing
        shown.setVisible(true);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        // Wrapped: the tab manages its content's disable state, so the view keeps its own free.
        Tab tab = new Tab(title);
        tab.setContent(new SidePanelPane(content, tab.selectedProperty()));
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

        toolbar.dark.selectedProperty().addListener((obs, old, now) -> theme.set(now ? Theme.DARK : Theme.LIGHT));

        toolbar.openTree.setOnAction(e -> openTreeDialog());
        toolbar.openTree.disableProperty().bind(vm.loadingProperty());
        toolbar.undo.setOnAction(e -> vm.undo());
        toolbar.undo.disableProperty().bind(vm.undoStack().canUndoProperty().not().or(vm.busyProperty()));
        toolbar.redo.setOnAction(e -> vm.redo());
        toolbar.redo.disableProperty().bind(vm.undoStack().canRedoProperty().not().or(vm.busyProperty()));
        // One tooltip each, its text following the stack (a new one per change would cost a popup).
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.concat("Undo ", vm.undoStack().undoTextProperty(), " (Ctrl+Z)"));
        toolbar.undo.setTooltip(undoTip);
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(Bindings.concat("Redo ", vm.undoStack().redoTextProperty(), " (Ctrl+Shift+Z)"));
        toolbar.redo.setTooltip(redoTip);
        toolbar.filter.valueProperty().bindBidirectional(vm.filterProperty());
        toolbar.filter.disableProperty().bind(vm.readyProperty().not());
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        MenuItem open = item("Open kernel tree\u2026", this::openTreeDialog);
        MenuItem embedded = item("Open the embedded Rust model", () -> vm.openSource(SessionSource.embedded(),
                vm.presets().isEmpty() ? null : vm.presets().get(0)));
        MenuItem loadConfig = item("Load .config\u2026",
                () -> dialogs.chooseOpenFile(owner(), "Load .config").ifPresent(vm.changes()::loadConfig));
        MenuItem saveConfig = item("Save .config\u2026", this::saveConfig);
        MenuItem compare = item("Compare with .config\u2026",
                () -> dialogs.chooseOpenFile(owner(), "Compare with .config").ifPresent(vm.changes()::compareWith));
        MenuItem export = item("Export fragment\u2026", this::export);
        MenuItem loadProfile = item("Load toolchain profile\u2026",
                () -> dialogs.chooseOpenFile(owner(), "Load toolchain profile").ifPresent(vm.toolchain()::loadProfile));
        MenuItem saveProfile = item("Save toolchain profile\u2026", () -> dialogs.chooseSaveFile(owner(),
                "Save toolchain profile", "toolchain-profile.json").ifPresent(vm.toolchain()::saveProfile));
        file.getItems().addAll(open, embedded, recentMenu, new SeparatorMenuItem(), loadConfig, saveConfig, compare,
                export, new SeparatorMenuItem(), loadProfile, saveProfile);

        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", vm::undo);
        undo.disableProperty().bind(vm.undoStack().canUndoProperty().not());
        MenuItem redo = item("Redo", vm::redo);
        redo.disableProperty().bind(vm.undoStack().canRedoProperty().not());
        edit.getItems().addAll(undo, redo);

        Menu view = new Menu("View");
        Menu show = new Menu("Show");
        ToggleGroup filters = new ToggleGroup();
        for (OptionFilter f : OptionFilter.values()) {
            RadioMenuItem r = new RadioMenuItem(f.label());
            r.setToggleGroup(filters);
            r.setSelected(vm.filterProperty().get() == f);
            r.setOnAction(e -> vm.filterProperty().set(f));
            vm.filterProperty().addListener((obs, old, now) -> r.setSelected(now == f));
            show.getItems().add(r);
        }
        Menu themes = new Menu("Theme");
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.displayName());
            r.setToggleGroup(themeGroup);
            r.setSelected(theme.get() == t);
            r.setOnAction(e -> theme.set(t));
            theme.addListener((obs, old, now) -> r.setSelected(now == t));
            themes.getItems().add(r);
        }
        Menu size = new Menu("Text size");
        ToggleGroup sizes = new ToggleGroup();
        for (FontScale f : FontScale.values()) {
            RadioMenuItem r = new RadioMenuItem(f.label());
            r.setId("fontScale" + f.percent());
            r.setToggleGroup(sizes);
            r.setSelected(fontScale.get() == f);
            r.setOnAction(e -> fontScale.set(f));
            fontScale.addListener((obs, old, now) -> r.setSelected(now == f));
            size.getItems().add(r);
        }
        ToggleGroup layouts = new ToggleGroup();
        RadioMenuItem full = new RadioMenuItem("Full tree");
        RadioMenuItem splitItem = new RadioMenuItem("Split view (menus | entries)");
        full.setToggleGroup(layouts);
        splitItem.setToggleGroup(layouts);
        full.setSelected(!splitView.get());
        splitItem.setSelected(splitView.get());
        full.setOnAction(e -> splitView.set(false));
        splitItem.setOnAction(e -> splitView.set(true));
        splitView.addListener((obs, old, now) -> (now ? splitItem : full).setSelected(true));
        MenuItem toolchain = item("Toolchain panel", () -> sideTabs.getSelectionModel().select(toolchainTab));
        view.getItems().addAll(show, full, splitItem, themes, size, new SeparatorMenuItem(), toolchain);

        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId(Styles.Ids.MENU_BAR);
        return bar;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Settings.RecentTree r : recentTrees) {
            recentMenu.getItems().add(item(r.label(), () -> openRecent(r)));
        }
        recentMenu.setDisable(recentTrees.isEmpty());
    }

    /** Opens a tree from the recent list as it was opened before. */
    public void openRecent(Settings.RecentTree r) {
        Path dir = Path.of(r.path());
        ToolchainProfile profile = vm.presets().stream().filter(p -> p.id().equals(r.profileId())).findFirst()
                .orElse(vm.presets().isEmpty() ? null : vm.presets().get(0));
        vm.openSource(r.host() ? KernelTreeSource.onHost(dir, r.arch()) : KernelTreeSource.withProfile(dir, r.arch()),
                profile == null ? null : profile.withArch(r.arch()));
    }

    /** Shows the "Open kernel tree" dialog. */
    public void openTreeDialog() {
        if (vm.loadingProperty().get()) {
            return;
        }
        ToolchainProfile current = vm.session() == null ? null : vm.session().profile();
        OpenTreeViewModel open = new OpenTreeViewModel(vm.presets(), current == null ? null
                : vm.presets().stream().filter(p -> p.id().equals(current.id())).findFirst().orElse(null));
        if (vm.source() instanceof KernelTreeSource k) {
            open.folderProperty().set(k.srctree().toString());
        }
        OpenTreeDialog dialog = new OpenTreeDialog(owner(), open, dialogs, vm::openSource);
        styleDialog(dialog);
        dialog.show();
    }

    private void saveConfig() {
        if (vm.readyProperty().get()) {
            dialogs.chooseSaveFile(owner(), "Save .config", ".config").ifPresent(vm.changes()::saveConfig);
        }
    }

    private void showDetailsTab() {
        sideTabs.getSelectionModel().select(detailsTab);
    }

    private boolean focusValueField() {
        return details.focusValueField();
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /**
     * Gives the window the text size: at once while it is not shown; once shown, a region a frame
     * ({@link WindowRegions}). The root keeps the normal size, which the regions scale (each in a
     * state of {@link #TEXT_SIZES}). Set on the root, it restyled and laid out every node of the
     * window in one frame: 30 to 130 ms of the UI thread on the x86_64 tree.
     */
    private void applyFontScale() {
        change(textSize, textSizeSteps(fontScale.get()));
    }

    /**
     * Gives the window's regions the theme: at once while it is not shown; once shown, a region a
     * frame. The root keeps the light theme, which the regions' dark one overrides. Switching the
     * root's theme restyled every node of the window in one frame: 11 to 54 ms on the x86_64 tree.
     */
    private void applyTheme() {
        change(themeChange, themeSteps(theme.get()));
    }

    /** Gives regions made since (with a skin) the text size and theme, finishing any change under way. */
    private void applyAllAtOnce() {
        textSize.runNow(textSizeSteps(fontScale.get()));
        themeChange.runNow(themeSteps(theme.get()));
    }

    /** Runs {@code steps}, a change's steps, a region a frame; or all at once while the window is not shown. */
    private void change(FrameSteps runner, List<Runnable> steps) {
        Window window = owner();
        if (window != null && window.isShowing()) {
            runner.start(steps);
        } else {
            runner.runNow(steps);
        }
    }

    /**
     * The text size {@code scale} for each region, as its state (base.css scales the root's size
     * in each), a step a frame. A state rather than an inline style: JavaFX keeps the styles it
     * worked out for each state of a region, so a size it has had before comes back cheaply.
     */
    private List<Runnable> textSizeSteps(FontScale scale) {
        double size = DialogStyle.rootFontSize(scale);
        return regions.inOrderForTextSize().stream().<Runnable>map(step -> () -> {
            for (javafx.scene.Node region : step) {
                boolean changes = !region.getPseudoClassStates().contains(TEXT_SIZES.get(scale));
                for (FontScale s : FontScale.values()) {
                    region.pseudoClassStateChanged(TEXT_SIZES.get(s), s == scale);
                }
                if (changes) {
                    sizesFollow(region, size);
                }
            }
        }).toList();
    }

    /** What is sized in pixels for {@code region}'s text size {@code size}: rows, tab heights, a panel's gaps. */
    private void sizesFollow(javafx.scene.Node region, double size) {
        if (region == tree) {
            tree.setRowHeightFor(size);
        } else if (region == splitMenus) {
            splitMenus.options().setRowHeightFor(size);
            splitMenus.menus().setRowHeightFor(size);
        } else if (region == sourceTab.getContent()) {
            sourceView.showAgain();
        } else if (region.getParent() == sideTabs) {
            // The tab headers: Modena sizes them in em of the tab pane, which keeps the root's size.
            sideTabs.setTabMinHeight(TAB_HEIGHT_EM * size);
            sideTabs.setTabMaxHeight(TAB_HEIGHT_EM * size);
        } else {
            TextSizeInParts panel = WindowRegions.partOf(region);
            if (panel != null) {
                panel.textSizeFollows(size);
            }
        }
    }

    /** Theme {@code t} for each region, a step a frame. */
    private List<Runnable> themeSteps(Theme t) {
        return regions.inOrder().stream().<Runnable>map(step -> () -> step.forEach(t::applyTo)).toList();
    }

    /** Whether every region of the window has the text size set last. */
    public boolean isTextSizeApplied() {
        return textSize.isDone();
    }

    /** Whether every region of the window has the theme set last. */
    public boolean isThemeApplied() {
        return themeChange.isDone();
    }

    /** Gives a dialog or alert of this window the window's theme and text size (as they are now). */
    public void styleDialog(javafx.scene.control.Dialog<?> dialog) {
        DialogStyle.apply(dialog, theme.get(), fontScale.get());
    }

    /** The text size (applied as the root font size; everything is sized in em). */
    public ObjectProperty<FontScale> fontScaleProperty() {
        return fontScale;
    }

    /** The colour theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The recent kernel trees offered in File > Recent trees. */
    public ObservableList<Settings.RecentTree> recentTrees() {
        return recentTrees;
    }

    /** Whether the split view (submenus | entries, as xconfig's) shows instead of the full tree. */
    public javafx.beans.property.BooleanProperty splitViewProperty() {
        return splitView;
    }

    /** The split view's lists. */
    public SplitMenuView splitMenus() {
        return splitMenus;
    }

    /** The divider between the menu tree and the side panel. */
    public SplitPane mainSplit() {
        return split;
    }

    /**
     * The full tree and the split view, stacked (the one not in use hidden): for the warm-up, which
     * styles them one at a time.
     */
    public javafx.scene.layout.StackPane optionLayouts() {
        return layouts;
    }

    /** The side panels' tabs: Details, Source, Graph, Toolchain and Changes. */
    public TabPane sideTabs() {
        return sideTabs;
    }

    /**
     * Installs the shortcuts: Ctrl+F search, Ctrl+E export, Ctrl+R Rust inline helpers, Ctrl+Z
     * undo, Ctrl+Shift+Z (or Ctrl+Y) redo, Ctrl+O open a kernel tree, Ctrl+S save .config,
     * Ctrl+T the toolchain panel.
     */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), vm::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::openTreeDialog);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveConfig);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                () -> sideTabs.getSelectionModel().select(toolchainTab));
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
        this.theme.set(theme);
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
        if (owner() == null) {
            return; // not on screen (the warm-up's explorer): there is no one to tell
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText("Something went wrong");
        alert.setTitle("Kconfig Explorer");
        styleDialog(alert);
        alert.initOwner(owner());
        alert.show();
    }
}
