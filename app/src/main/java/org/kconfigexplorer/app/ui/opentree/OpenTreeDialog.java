package org.kconfigexplorer.app.ui.opentree;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.dialogs.FileDialogs;
import org.kconfigexplorer.app.ui.dialogs.ScreenFit;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * "Open kernel tree": the folder, ARCH and toolchain choice, with the host toolchain as an
 * explicit, plainly worded option. Calls back with the tree and profile when the user opens.
 * The caller styles it like its window ({@link org.kconfigexplorer.app.ui.dialogs.DialogStyle}).
 *
 * <p>Its width is set in em ({@link Styles#OPEN_TREE}), so it grows with the text size but not
 * with the length of its texts: the toolchain choices and the warning wrap, and the profile list
 * shows long names shortened (the whole name in its tooltip and its list). About 540 px wide at
 * 100% and 1080 px at 200%.
 */
public final class OpenTreeDialog extends Dialog<ButtonType> {

    public static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    public OpenTreeDialog(Window owner, OpenTreeViewModel vm, FileDialogs dialogs,
            BiConsumer<KernelTreeSource, ToolchainProfile> open) {
        setTitle("Open kernel tree");
        setHeaderText("Open a Linux kernel source tree");
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);

        TextField folder = new TextField();
        folder.setId(Ids.TREE_FOLDER_FIELD);
        folder.setPromptText("/usr/src/linux");
        folder.setPrefColumnCount(16);
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Button choose = new Button("Choose\u2026");
        choose.setId(Ids.CHOOSE_FOLDER_BUTTON);
        choose.setOnAction(e -> dialogs.chooseDirectory(getDialogPane().getScene().getWindow(), "Kernel source tree")
                .ifPresent(p -> vm.folderProperty().set(p.toString())));
        HBox folderRow = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);

        ComboBox<String> arch = new ComboBox<>(vm.arches());
        arch.setId(Ids.ARCH_COMBO);
        arch.valueProperty().bindBidirectional(vm.archProperty());
        arch.setPromptText("ARCH");

        ToggleGroup mode = new ToggleGroup();
        RadioButton profileMode = choice("Toolchain profile (nothing from the tree is run):", Ids.PROFILE_MODE_RADIO,
                mode);
        ComboBox<ToolchainProfile> profile = new ComboBox<>(vm.profiles());
        profile.setId(Ids.OPEN_PROFILE_COMBO);
        profile.getStyleClass().add(Styles.OPEN_TREE_PROFILE);
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        profile.setCellFactory(l -> new NameCell());
        profile.setButtonCell(new NameCell());
        profile.setMaxWidth(Double.MAX_VALUE);
        Tooltip profileName = new Tooltip();
        profileName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> profile.getValue() == null ? "" : profile.getValue().name(), profile.valueProperty()));
        profile.setTooltip(profileName);
        RadioButton hostMode = choice(OpenTreeViewModel.HOST_CHOICE, Ids.HOST_MODE_RADIO, mode);
        (vm.hostProperty().get() ? hostMode : profileMode).setSelected(true);
        hostMode.selectedProperty().addListener((obs, old, now) -> vm.hostProperty().set(now));
        profile.disableProperty().bind(hostMode.selectedProperty());
        Label warning = new Label(OpenTreeViewModel.HOST_WARNING);
        warning.getStyleClass().add(Styles.HOST_WARNING);
        warning.setWrapText(true);
        warning.setMinHeight(Label.USE_PREF_SIZE);
        warning.visibleProperty().bind(hostMode.selectedProperty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label problem = new Label();
        problem.setId(Ids.OPEN_TREE_PROBLEM);
        problem.getStyleClass().add(Styles.PANEL_NOTE);
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FIELD_GRID);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(0);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, label("Folder:", folder), folderRow);
        grid.addRow(1, label("ARCH:", arch), arch);
        VBox toolchain = new VBox(6, profileMode, profile, hostMode, warning);
        toolchain.setMinWidth(0);
        VBox.setMargin(profile, new Insets(0, 0, 0, 24));
        Label toolchainLabel = label("Toolchain:", profileMode);
        grid.addRow(2, toolchainLabel, toolchain);
        // The label on the first line of the choices, not halfway down them. (Top, not baseline:
        // GridPane sizes a baseline-aligned row as if no text in it wrapped, and the choices wrap.)
        GridPane.setValignment(toolchainLabel, javafx.geometry.VPos.TOP);
        GridPane.setValignment(toolchain, javafx.geometry.VPos.TOP);
        VBox content = new VBox(10, grid, problem);
        content.getStyleClass().addAll(Styles.PANEL, Styles.OPEN_TREE);
        // Scrolls only when the screen is too small for it (see ScreenFit): the buttons stay in view.
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double width) {
                // As tall as the content at this width (its texts wrap), not at its one-line width.
                Insets in = getInsets();
                return in.getTop() + content.prefHeight(width < 0 ? -1 : width - in.getLeft() - in.getRight())
                        + in.getBottom();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", Styles.PANEL, Styles.OPEN_TREE_SCROLL);
        getDialogPane().setContent(scroll);

        Node ok = getDialogPane().lookupButton(OPEN);
        ok.setId(Ids.OPEN_TREE_OK);
        ok.disableProperty().bind(vm.problemProperty().isNotEmpty());
        setResultConverter(b -> b);
        setOnHidden(e -> {
            if (getResult() == OPEN) {
                vm.request().ifPresent(src -> open.accept(src, vm.chosenProfile()));
            }
        });
        setResizable(true);
        // The window does not follow its content: taller when the warning or a longer problem shows.
        warning.visibleProperty().addListener((obs, old, now) -> growToFit());
        problem.textProperty().addListener((obs, old, now) -> growToFit());
        // Shown at the size of its one-line texts; at its real width they may wrap over more lines.
        // (DialogStyle keeps the window on its screen when shown; growing keeps it there too.)
        setOnShown(e -> growToFit());
    }

    /** Makes the window tall enough for its content at its current width (never shorter), as far as the screen allows. */
    private void growToFit() {
        DialogPane pane = getDialogPane();
        if (pane.getScene() == null || pane.getScene().getWindow() == null || !isShowing()) {
            return;
        }
        pane.applyCss();
        pane.layout();
        double needed = Math.max(pane.prefHeight(pane.getWidth()), pane.minHeight(pane.getWidth()));
        double shown = pane.getScene().getHeight();
        if (needed > shown + 0.5) {
            Window w = pane.getScene().getWindow();
            w.setHeight(w.getHeight() + Math.ceil(needed - shown));
            ScreenFit.apply(w);
        }
    }

    /** A choice whose text wraps rather than widening the dialog. */
    private static RadioButton choice(String text, String id, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setMnemonicParsing(false);
        r.setWrapText(true);
        r.setMinHeight(Region.USE_PREF_SIZE);
        return r;
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static final class NameCell extends ListCell<ToolchainProfile> {
        @Override
        protected void updateItem(ToolchainProfile p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.name());
        }
    }
}
