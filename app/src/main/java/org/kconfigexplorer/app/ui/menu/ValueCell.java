package org.kconfigexplorer.app.ui.menu;

import javafx.scene.control.TreeTableCell;
import org.kconfigexplorer.app.ui.Styles;

/** The Value column: the current value, coloured by y/m/n for bool and tristate options. */
final class ValueCell extends TreeTableCell<OptionRow, String> {

    ValueCell() {
        getStyleClass().add(Styles.VALUE_CELL);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeAll(Styles.VALUE_YES, Styles.VALUE_MOD, Styles.VALUE_NO);
        OptionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (empty || value == null) {
            setText(null);
            return;
        }
        setText(value);
        if (row != null && row.tristate() != null) {
            getStyleClass().add(switch (row.tristate()) {
                case YES -> Styles.VALUE_YES;
                case MOD -> Styles.VALUE_MOD;
                case NO -> Styles.VALUE_NO;
            });
        }
    }
}
