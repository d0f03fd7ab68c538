package org.kconfigexplorer.app.ui.explorer;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kconfigexplorer.app.ui.Styles;

/** The status bar: what just happened on the left, tree size and toolchain on the right. */
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
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        busy.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.getStyleClass().add(Styles.STATUS_TEXT);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(message, busy, summary);
    }
}
