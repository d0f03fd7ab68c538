package org.kconfigexplorer.app.ui.opentree;

import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.app.ui.dialogs.FileDialogs;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * "Open kernel tree": the folder, ARCH and toolchain choice, with the host toolchain as an
 * explicit, plainly worded option. Calls back with the tree and profile when the user opens.
 * The caller styles it like its window ({@link org.kconfigexplorer.app.ui.dialogs.DialogStyle}).
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
        folder.setPrefColumnCount(32);
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
        RadioButton profileMode = new RadioButton("Toolchain profile (nothing from the tree is run):");
        profileMode.setId(Ids.PROFILE_MODE_RADIO);
        profileMode.setToggleGroup(mode);
        profileMode.setMnemonicParsing(false);
        ComboBox<ToolchainProfile> profile = new ComboBox<>(vm.profiles());
        profile.setId(Ids.OPEN_PROFILE_COMBO);
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        profile.setCellFactory(l -> new NameCell());
        profile.setButtonCell(new NameCell());
        RadioButton hostMode = new RadioButton(OpenTreeViewModel.HOST_CHOICE);
        hostMode.setId(Ids.HOST_MODE_RADIO);
        hostMode.setToggleGroup(mode);
        hostMode.setMnemonicParsing(false);
        (vm.hostProperty().get() ? hostMode : profileMode).setSelected(true);
        hostMode.selectedProperty().addListener((obs, old, now) -> vm.hostProperty().set(now));
        profile.disableProperty().bind(hostMode.selectedProperty());
        Label warning = new Label(OpenTreeViewModel.HOST_WARNING);
        warning.getStyleClass().add(Styles.HOST_WARNING);
        warning.setWrapText(true);
        warning.setMaxWidth(520);
        warning.visibleProperty().bind(hostMode.selectedProperty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label problem = new Label();
        problem.setId(Ids.OPEN_TREE_PROBLEM);
        problem.getStyleClass().add(Styles.PANEL_NOTE);
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FIELD_GRID);
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("Folder:", folder), folderRow);
        grid.addRow(1, label("ARCH:", arch), arch);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        VBox toolchain = new VBox(6, new HBox(8, profileMode, profile), hostMode, warning);
        grid.addRow(2, label("Toolchain:", profileMode), toolchain);
        VBox content = new VBox(10, grid, problem);
        content.getStyleClass().add(Styles.PANEL);
        getDialogPane().setContent(content);

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
