package org.kconfigexplorer.app.ui.menu;

import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.MouseEvent;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * The Option column: the prompt (or symbol name), with a check box for bool/tristate
 * options (ticked for y, a dash for m). Clicking the box moves the option to its next value.
 */
final class OptionCell extends TreeTableCell<OptionRow, OptionRow> {

    private final CheckBox box = new CheckBox();
    private final InvalidationListener sync = o -> syncBox();
    private OptionRow shown;
    private final SharedTip tip;

    OptionCell(Consumer<OptionRow> toggle, SharedTip tip) {
        this.tip = tip;
        getStyleClass().add(Styles.OPTION_CELL);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> tip.hovered = this);
        box.getStyleClass().add(Styles.OPTION_TOGGLE);
        box.setFocusTraversable(false);
        box.setOnAction(e -> {
            if (shown != null) {
                toggle.accept(shown);
            }
            syncBox();
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
        setTooltip(row.symbol() == null ? null : tip.tooltip);
    }

    /**
     * The one tooltip of an option list's cells (a tooltip per cell made each new row cost more):
     * on showing, it names the option under the pointer and tells why it cannot be changed now, if
     * it cannot (from the explain API).
     */
    static final class SharedTip {
        private final Tooltip tooltip = new Tooltip();
        private OptionCell hovered;

        SharedTip() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            tooltip.setOnShowing(e -> {
                OptionRow row = hovered == null ? null : hovered.shown;
                if (row != null && row.symbol() != null) {
                    Symbol sym = row.symbol();
                    String why = OptionLock.whyNot(sym.model(), sym);
                    tooltip.setText(why.isEmpty() ? sym.name() : sym.name() + ": " + why);
                }
            });
        }
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
