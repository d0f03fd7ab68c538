package org.kconfigexplorer.app.ui.search;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.LazyTooltip;
import org.kconfigexplorer.app.ui.Styles;

/** The search panel above the menu tree: query field, regex switch, status and results. */
public final class SearchView extends VBox {

    private final TextField field = new TextField();

    public SearchView(SearchViewModel vm) {
        getStyleClass().add(Styles.SEARCH);
        field.setId(Styles.Ids.SEARCH_PANEL_FIELD);
        field.setPromptText("Search names, prompts and help as you type");
        field.textProperty().bindBidirectional(vm.queryProperty());
        ToggleButton regex = new ToggleButton(".*");
        regex.setId(Styles.Ids.SEARCH_REGEX);
        LazyTooltip.install(regex, "Regular expression (otherwise plain text); case does not matter");
        regex.setAccessibleText("Regular expression mode");
        regex.selectedProperty().bindBidirectional(vm.regexProperty());
        regex.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox bar = new HBox(field, regex);
        bar.getStyleClass().add("kx-search-bar");

        Label status = new Label();
        status.setId(Styles.Ids.SEARCH_STATUS);
        status.getStyleClass().add(Styles.SEARCH_STATUS);
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        vm.invalidProperty().addListener((obs, old, now) -> {
            status.getStyleClass().remove(Styles.SEARCH_ERROR);
            field.getStyleClass().remove(Styles.SEARCH_ERROR);
            if (now) {
                status.getStyleClass().add(Styles.SEARCH_ERROR);
                field.getStyleClass().add(Styles.SEARCH_ERROR);
            }
        });
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        ListView<SearchViewModel.Result> list = new ListView<>(vm.results());
        list.setId(Styles.Ids.SEARCH_RESULTS);
        list.setCellFactory(l -> new ResultCell());
        list.setPrefHeight(220);
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.results()));
        list.managedProperty().bind(list.visibleProperty());
        list.setOnMouseClicked(e -> vm.open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && list.isFocused()) {
                vm.open(now);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(0);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                vm.open(list.getItems().get(0));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });
        getChildren().addAll(bar, status, list);
    }

    /** Puts the cursor in the search field. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private static final class ResultCell extends ListCell<SearchViewModel.Result> {
        @Override
        protected void updateItem(SearchViewModel.Result r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove(Styles.SEARCH_HIDDEN);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(r.name());
            name.getStyleClass().add(Styles.SEARCH_RESULT_NAME);
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(name);
            if (r.hidden()) {
                Label hidden = new Label("\u2298 hidden");
                hidden.getStyleClass().add(Styles.SEARCH_HIDDEN);
                hidden.setMinWidth(Region.USE_PREF_SIZE);
                org.kconfigexplorer.app.ui.LazyTooltip.install(hidden, () -> "Not shown by menuconfig now: its "
                        + "preconditions are unmet, or it has no prompt");
                line.getChildren().add(hidden);
                getStyleClass().add(Styles.SEARCH_HIDDEN);
            }
            Label text = new Label(r.text());
            text.getStyleClass().add(Styles.SEARCH_RESULT_TEXT);
            line.getChildren().add(text);
            line.getStyleClass().add(Styles.SEARCH_RESULT);
            setText(null);
            setGraphic(line);
            setAccessibleText(r.name() + (r.hidden() ? ", hidden" : "") + ": " + r.text());
        }
    }
}
