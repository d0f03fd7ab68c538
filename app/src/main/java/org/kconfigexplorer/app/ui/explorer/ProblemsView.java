package org.kconfigexplorer.app.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import org.kconfigexplorer.app.ui.Styles;

/** The problems list (file:line: message), shown only while there are problems. */
final class ProblemsView extends TitledPane {

    /** @param select what choosing a problem (click, Enter) does: select the symbol defined there */
    ProblemsView(ObservableList<Problem> problems, java.util.function.Consumer<Problem> select) {
        setId(Styles.Ids.PROBLEMS_PANE);
        getStyleClass().add(Styles.PROBLEMS);
        textProperty().bind(Bindings.createStringBinding(() -> "Problems (" + problems.size() + ")", problems));
        ListView<Problem> list = new ListView<>(problems);
        list.setId(Styles.Ids.PROBLEMS_LIST);
        list.setCellFactory(l -> new ProblemCell());
        list.setPrefHeight(110);
        list.setOnMouseClicked(e -> select.accept(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                select.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        setContent(list);
        setAnimated(false);
        visibleProperty().bind(Bindings.isNotEmpty(problems));
        managedProperty().bind(visibleProperty());
    }

    private static final class ProblemCell extends ListCell<Problem> {
        private javafx.scene.control.Tooltip tip; // made when first needed (a tooltip is a popup)

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll(Styles.PROBLEM_ERROR, Styles.PROBLEM_WARNING, Styles.PROBLEM_INFO);
            if (empty || p == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(p.text());
            if (p.hasLocation()) {
                if (tip == null) {
                    tip = new javafx.scene.control.Tooltip();
                }
                tip.setText("Click (or Enter) to select the option defined at " + p.file() + ":" + p.line());
            }
            setTooltip(p.hasLocation() ? tip : null);
            getStyleClass().add(switch (p.severity()) {
                case ERROR -> Styles.PROBLEM_ERROR;
                case WARNING -> Styles.PROBLEM_WARNING;
                case INFO -> Styles.PROBLEM_INFO;
            });
        }
    }
}
