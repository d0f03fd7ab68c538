package org.kconfigexplorer.app.ui.changes;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.LazyTooltip;
import org.kconfigexplorer.app.ui.ButtonRow;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;

/**
 * The Changes tab: what differs from the defaults or the loaded .config (select one and press
 * Revert or Delete), the .config file actions, and the comparison with another file.
 */
public final class ChangesView extends VBox {

    /** Shown after the counts while the comparison with a .config catches up with a change. */
    static final String UPDATING = " (updating\u2026)";

    /**
     * @param chooseOpen asks for a file to read
     * @param chooseSave asks where to save .config
     * @param select     selects a symbol in the menu tree
     */
    public ChangesView(ChangesViewModel vm, Function<String, Optional<Path>> chooseOpen,
            Function<String, Optional<Path>> chooseSave, Consumer<String> select) {
        getStyleClass().addAll(Styles.PANEL, "kx-details-content");
        setSpacing(8);

        Button load = new Button("Load .config\u2026");
        load.setId(Ids.LOAD_CONFIG_BUTTON);
        load.setOnAction(e -> chooseOpen.apply("Load .config").ifPresent(vm::loadConfig));
        Button save = new Button("Save .config\u2026");
        save.setId(Ids.SAVE_CONFIG_BUTTON);
        LazyTooltip.install(save, "Writes the whole configuration as conf does; an existing file is kept as .old");
        save.setOnAction(e -> chooseSave.apply("Save .config").ifPresent(vm::saveConfig));
        Button compare = new Button("Compare with .config\u2026");
        compare.setId(Ids.COMPARE_BUTTON);
        compare.setOnAction(e -> chooseOpen.apply("Compare with .config").ifPresent(vm::compareWith));
        FlowPane files = ButtonRow.of(load, save, compare);

        Label against = new Label("Changes against");
        ComboBox<ChangesViewModel.Baseline> baseline = new ComboBox<>();
        baseline.getItems().setAll(ChangesViewModel.Baseline.values());
        baseline.setId(Ids.BASELINE_COMBO);
        baseline.valueProperty().bindBidirectional(vm.baselineProperty());
        baseline.disableProperty().bind(vm.configLoadedProperty().not());
        against.setLabelFor(baseline);
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.changes().size() + " changed"
                + (vm.updatingProperty().get() ? UPDATING : ""), vm.changes(), vm.updatingProperty()));
        count.getStyleClass().add(Styles.PANEL_NOTE);
        Button revert = new Button("Revert");
        revert.setId(Ids.REVERT_BUTTON);
        FlowPane head = ButtonRow.of(against, baseline, count, revert);

        ListView<ChangesViewModel.Change> list = new ListView<>(vm.changes());
        list.setId(Ids.CHANGES_LIST);
        list.getStyleClass().add(Styles.MONO_TEXT);
        list.setCellFactory(l -> new ListCell<>() {
            private Tooltip tip; // made when first needed: a tooltip is a popup with a scene of its own

            @Override
            protected void updateItem(ChangesViewModel.Change c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.text());
                if (c != null && !empty) {
                    if (tip == null) {
                        tip = new Tooltip();
                    }
                    tip.setText(c.revertible() ? "Select, then Revert (or Delete)"
                            : "Other options decide this value; change those instead");
                }
                setTooltip(empty || c == null ? null : tip);
            }
        });
        Label none = new Label("No changes: everything has its default value.");
        none.getStyleClass().add(Styles.PLACEHOLDER);
        none.setWrapText(true);
        list.setPlaceholder(none);
        revert.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ChangesViewModel.Change c = list.getSelectionModel().getSelectedItem();
            return c == null || !c.revertible();
        }, list.getSelectionModel().selectedItemProperty()));
        revert.setOnAction(e -> revertSelected(vm, list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                revertSelected(vm, list);
                e.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                select.accept(now.symbol());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label compared = new Label();
        compared.getStyleClass().add(Styles.SECTION_TITLE);
        compared.textProperty().bind(Bindings.createStringBinding(() -> vm.comparedWithProperty().get().isEmpty() ? ""
                : "Compared with " + vm.comparedWithProperty().get() + ": " + vm.comparison().size()
                        + " differences" + (vm.updatingProperty().get() ? UPDATING : ""),
                vm.comparedWithProperty(), vm.comparison(), vm.updatingProperty()));
        ListView<ConfigComparison.Difference> diffs = new ListView<>(vm.comparison());
        diffs.setId(Ids.COMPARISON_LIST);
        diffs.getStyleClass().add(Styles.MONO_TEXT);
        diffs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ConfigComparison.Difference d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.text());
            }
        });
        diffs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                select.accept(now.symbol());
            }
        });
        VBox comparison = new VBox(6, compared, diffs);
        comparison.visibleProperty().bind(vm.comparedWithProperty().isNotEmpty());
        comparison.managedProperty().bind(comparison.visibleProperty());
        VBox.setVgrow(diffs, Priority.ALWAYS);
        VBox.setVgrow(comparison, Priority.ALWAYS);

        getChildren().addAll(files, head, list, comparison);
    }

    private static void revertSelected(ChangesViewModel vm, ListView<ChangesViewModel.Change> list) {
        ChangesViewModel.Change c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            int index = list.getSelectionModel().getSelectedIndex();
            vm.revert(c);
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(Math.min(index, list.getItems().size() - 1));
            }
        }
    }
}
