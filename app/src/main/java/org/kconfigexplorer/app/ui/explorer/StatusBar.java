package org.kconfigexplorer.app.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kconfigexplorer.app.ui.Styles;

/**
 * The status bar: what just happened on the left; while a tree loads, how many files were
 * parsed and a Cancel button; tree size and toolchain on the right.
 */
final class StatusBar extends HBox {

    StatusBar(ExplorerViewModel vm) {
        getStyleClass().add(Styles.STATUS_BAR);
        Label message = new Label();
        message.setId(Styles.Ids.STATUS_LABEL);
        message.getStyleClass().add(Styles.STATUS_TEXT);
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label busy = new Label("Working\u2026");
        busy.getStyleClass().add(Styles.BUSY);
        busy.visibleProperty().bind(vm.busyProperty().and(vm.loadingProperty().not()));
        busy.managedProperty().bind(busy.visibleProperty());
        busy.setMinWidth(Region.USE_PREF_SIZE);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label progress = new Label();
        progress.setId(Styles.Ids.PROGRESS_LABEL);
        progress.getStyleClass().add(Styles.BUSY);
        progress.textProperty().bind(Bindings.createStringBinding(() -> "Parsed " + vm.filesParsedProperty().get()
                + (vm.filesParsedProperty().get() == 1 ? " file" : " files"), vm.filesParsedProperty()));
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setId(Styles.Ids.CANCEL_LOAD_BUTTON);
        cancel.setOnAction(e -> vm.cancelLoad());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox loading = new HBox(6, spinner, progress, cancel);
        loading.getStyleClass().add(Styles.PROGRESS);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        Label summary = new Label();
        summary.getStyleClass().add(Styles.STATUS_TEXT);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(message, busy, loading, summary);
    }
}
