package org.kconfigexplorer.app.ui.menu;

import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.Tooltip;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * The Option column: the prompt (or symbol name), with a check box for bool/tristate
 * options (ticked for y, a dash for m). Clicking the box moves the option to its next value.
 */
final class OptionCell extends TreeTableCell<OptionRow, OptionRow> {

    private final CheckBox box = new CheckBox();
    private final InvalidationListener sync = o -> syncBox();
    private OptionRow shown;
    /** One tooltip per cell (creating one per update is costly), its text computed when shown. */
    private final Tooltip tip = new Tooltip();

    OptionCell(Consumer<OptionRow> toggle) {
        getStyleClass().add(Styles.OPTION_CELL);
        box.getStyleClass().add(Styles.OPTION_TOGGLE);
        box.setFocusTraversable(false);
        box.setOnAction(e -> {
            if (shown != null) {
                toggle.accept(shown);
            }
            syncBox();
        });
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        // Computed when shown: why the option cannot be changed now, and what would change that.
        tip.setOnShowing(e -> {
            if (shown != null && shown.symbol() != null) {
                String why = OptionLock.whyNot(shown.symbol().model(), shown.symbol());
                tip.setText(why.isEmpty() ? shown.symbol().name() : shown.symbol().name() + ": " + why);
            }
        });
        setContentDisplay(ContentDisplay.LEFT);
        setGraphicTextGap(6);
    }

    @Override
    protected void updateItem(OptionRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown != null) {
            shown.tristateProperty().removeListener(sync);
            shown.changeableProperty().removeListener(sync);
        }
        shown = empty ? null : row;
        if (shown == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(row.label());
        if (row.isToggleable()) {
            row.tristateProperty().addListener(sync);
            row.changeableProperty().addListener(sync);
            setGraphic(box);
            syncBox();
        } else {
            setGraphic(null);
        }
        setTooltip(row.symbol() == null ? null : tip);
    }

    private void syncBox() {
        if (shown == null || !shown.isToggleable()) {
            return;
        }
        Tristate t = shown.tristate();
        box.setIndeterminate(t == Tristate.MOD);
        box.setSelected(t == Tristate.YES);
        box.setDisable(!shown.isChangeable());
        box.setAccessibleText(shown.label() + ": " + (t == null ? "" : t.text()));
    }
}
