package org.kconfigexplorer.app.ui.menu;

import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableRow;
import org.kconfigexplorer.app.ui.Styles;

/**
 * A row of the menu tree, marked with pseudo-classes: {@code :unavailable} when conf would not
 * show the entry now, {@code :menu} for menus and {@code :fact} for promptless symbols.
 */
final class OptionTableRow extends TreeTableRow<OptionRow> {

    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass(Styles.PSEUDO_UNAVAILABLE);
    private static final PseudoClass MENU = PseudoClass.getPseudoClass(Styles.PSEUDO_MENU);
    private static final PseudoClass FACT = PseudoClass.getPseudoClass(Styles.PSEUDO_FACT);

    private final ShownRowVisibility visibility = new ShownRowVisibility(this::updateStates);

    @Override
    protected void updateItem(OptionRow row, boolean empty) {
        super.updateItem(row, empty);
        visibility.show(empty ? null : row);
        updateStates();
    }

    private void updateStates() {
        OptionRow shown = visibility.shown();
        pseudoClassStateChanged(UNAVAILABLE, visibility.hidden());
        pseudoClassStateChanged(MENU, shown != null && shown.node().isMenu());
        pseudoClassStateChanged(FACT, shown != null && shown.isFact());
    }
}
