package org.kconfigexplorer.app.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import org.kconfigexplorer.app.ui.Styles;

/** The problems list (file:line: message), shown only while there are problems. */
final class ProblemsView extends TitledPane {

    ProblemsView(ObservableList<Problem> problems) {
        setId(Styles.Ids.PROBLEMS_PANE);
        getStyleClass().add(Styles.PROBLEMS);
        textProperty().bind(Bindings.createStringBinding(() -> "Problems (" + problems.size() + ")", problems));
        ListView<Problem> list = new ListView<>(problems);
        list.setId(Styles.Ids.PROBLEMS_LIST);
        list.setCellFactory(l -> new ProblemCell());
        list.setPrefHeight(110);
        setContent(list);
        setAnimated(false);
        visibleProperty().bind(Bindings.isNotEmpty(problems));
        managedProperty().bind(visibleProperty());
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll(Styles.PROBLEM_ERROR, Styles.PROBLEM_WARNING, Styles.PROBLEM_INFO);
            if (empty || p == null) {
                setText(null);
                return;
            }
            setText(p.text());
            getStyleClass().add(switch (p.severity()) {
                case ERROR -> Styles.PROBLEM_ERROR;
                case WARNING -> Styles.PROBLEM_WARNING;
                case INFO -> Styles.PROBLEM_INFO;
            });
        }
    }
}
