package org.kconfigexplorer.app.ui.menu;

import javafx.scene.control.TreeTableCell;
import org.kconfigexplorer.app.ui.Styles;

/** The Type column: bool, tristate, int, hex, string, menu, choice or comment. */
final class TypeCell extends TreeTableCell<OptionRow, String> {

    TypeCell() {
        getStyleClass().add(Styles.TYPE_CELL);
    }

    @Override
    protected void updateItem(String type, boolean empty) {
        super.updateItem(type, empty);
        setText(empty ? null : type);
    }
}
