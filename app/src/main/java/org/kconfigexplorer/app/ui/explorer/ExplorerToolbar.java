package org.kconfigexplorer.app.ui.explorer;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kconfigexplorer.app.ui.LazyTooltip;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * The toolbar: toolchain preset, search field, the Rust inline helpers shortcut, export, and
 * the theme switch. Holds controls only; the actions are wired by {@link ExplorerView}.
 */
final class ExplorerToolbar extends FlowPane {

    final ComboBox<ToolchainProfile> presets = new ComboBox<>();
    final TextField search = new TextField();
    final Button rustHelpers = new Button("Rust inline helpers");
    final Button export = new Button("Export fragment\u2026");
    final ToggleButton dark = new ToggleButton("Dark theme");
    final Button openTree = new Button("Open\u2026");
    final Button undo = new Button("\u21b6");
    final Button redo = new Button("\u21b7");
    final ComboBox<org.kconfigexplorer.app.ui.menu.OptionFilter> filter = new ComboBox<>();
    final ToggleButton splitView = new ToggleButton("Split view");

    ExplorerToolbar() {
        getStyleClass().add(Styles.TOOLBAR);
        // Wraps onto a second line when the window is narrow or the text is large (150%, 200%).
        setHgap(8);
        setVgap(6);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setPrefWrapLength(400);

        Label presetLabel = new Label("Toolchain:");
        presetLabel.setLabelFor(presets);
        presetLabel.setMinWidth(Region.USE_PREF_SIZE);
        presets.setId(Styles.Ids.PRESET_COMBO);
        presets.setCellFactory(list -> new PresetCell());
        presets.setButtonCell(new PresetCell());
        LazyTooltip.install(presets, "The compilers the kernel is built with. Toolchain facts such as "
                + "CC_IS_CLANG follow from it.");
        presets.setMinWidth(120);
        presets.setPrefWidth(300);

        search.setId(Styles.Ids.SEARCH_FIELD);
        search.setPromptText("Find option: name, prompt or help, Enter");
        search.setPrefColumnCount(18);
        LazyTooltip.install(search, "Type a symbol name (EXPERT, CONFIG_RUST) or words of a prompt or help text, then "
                + "press Enter. Enter again jumps to the next match.");

        rustHelpers.setId(Styles.Ids.RUST_HELPERS_BUTTON);
        LazyTooltip.install(rustHelpers, "Show RUST_INLINE_HELPERS and what it needs");
        rustHelpers.setMinWidth(Region.USE_PREF_SIZE);

        export.setId(Styles.Ids.EXPORT_BUTTON);
        LazyTooltip.install(export, "Save your changes as a .config fragment for merge_config.sh");
        export.setMinWidth(Region.USE_PREF_SIZE);

        dark.setId(Styles.Ids.THEME_TOGGLE);
        dark.setMinWidth(Region.USE_PREF_SIZE);

        openTree.setId(Styles.Ids.OPEN_TREE_BUTTON);
        LazyTooltip.install(openTree, "Open a Linux kernel source tree (Ctrl+O)");
        openTree.setMinWidth(Region.USE_PREF_SIZE);
        undo.setAccessibleText("Undo");
        redo.setAccessibleText("Redo");
        search.setMinWidth(80);
        undo.setId(Styles.Ids.UNDO_BUTTON);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        redo.setId(Styles.Ids.REDO_BUTTON);
        redo.setMinWidth(Region.USE_PREF_SIZE);
        filter.setId(Styles.Ids.FILTER_COMBO);
        filter.getItems().setAll(org.kconfigexplorer.app.ui.menu.OptionFilter.values());
        LazyTooltip.install(filter, "Which options the menu tree shows");
        filter.setMinWidth(Region.USE_PREF_SIZE);
        splitView.setId(Styles.Ids.SPLIT_VIEW_TOGGLE);
        LazyTooltip.install(splitView, "Submenus on the left, the chosen submenu's entries on the right, as in "
                + "xconfig. Enter opens a submenu, Backspace goes back up.");
        splitView.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(openTree, presetLabel, presets, new Separator(javafx.geometry.Orientation.VERTICAL), search,
                rustHelpers, undo, redo, export, dark);
    }

    /** Shows a preset by its display name, with its description as tooltip. */
    private static final class PresetCell extends ListCell<ToolchainProfile> {
        /** The cell's one tooltip, made on first need: a new one per item would cost a popup each. */
        private Tooltip tip;

        @Override
        protected void updateItem(ToolchainProfile p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.name());
            if (empty || p == null || p.description() == null || p.description().isEmpty()) {
                setTooltip(null);
                return;
            }
            if (tip == null) {
                tip = new Tooltip();
            }
            tip.setText(p.description());
            setTooltip(tip);
        }
    }
}
