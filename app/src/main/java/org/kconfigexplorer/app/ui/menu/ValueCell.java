package org.kconfigexplorer.app.ui.menu;

import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * The Value column: the current value, coloured by y/m/n for bool and tristate options, and
 * edited in place (double-click, or F2 on the row): int, hex and string values in a text field
 * checked against type and range (a refused value stays in the field, marked, with the reason),
 * bool and tristate values from the ones allowed now.
 */
final class ValueCell extends TreeTableCell<OptionRow, String> {

    /** Sets a typed value; returns why it was refused, or null when it was taken. */
    private final BiFunction<OptionRow, String, String> setText;
    private TextField field;

    ValueCell(BiFunction<OptionRow, String, String> setText) {
        this.setText = setText;
        getStyleClass().add(Styles.VALUE_CELL);
    }

    private OptionRow row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    public void startEdit() {
        OptionRow row = row();
        Symbol sym = row == null ? null : row.symbol();
        if (sym == null || row.isFact() || !OptionLock.isChangeable(sym.model(), sym)) {
            return;
        }
        List<Tristate> allowed = sym.type().isTristateLike() ? OptionToggle.allowedValues(sym.model(), sym) : List.of();
        if (!ValueInput.isTextTyped(sym) && allowed.size() < 2) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        setText(null);
        if (ValueInput.isTextTyped(sym)) {
            setGraphic(textField(row));
            field.requestFocus();
            field.selectAll();
        } else {
            setGraphic(choices(row, allowed));
        }
    }

    private TextField textField(OptionRow row) {
        field = new TextField(row.value());
        field.setId(Styles.Ids.VALUE_CELL_FIELD);
        field.setOnAction(e -> {
            String why = setText.apply(row, field.getText());
            if (why == null) {
                cancelEdit();
            } else {
                field.getStyleClass().add(Styles.FIELD_ERROR);
                field.setTooltip(new Tooltip(why));
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, old, now) -> {
            if (!now && isEditing()) {
                cancelEdit();
            }
        });
        return field;
    }

    private ComboBox<String> choices(OptionRow row, List<Tristate> allowed) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(Styles.Ids.VALUE_CELL_CHOICE);
        allowed.forEach(t -> box.getItems().add(t.text()));
        box.setValue(row.value());
        box.setOnAction(e -> {
            if (box.getValue() != null && !box.getValue().equals(row.value())) {
                setText.apply(row, box.getValue());
            }
            cancelEdit();
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        // Opened once it has its skin (it is shown from the next layout on).
        box.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && isEditing()) {
                box.requestFocus();
                box.show();
            }
        });
        return box;
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        setGraphic(null);
        updateItem(getItem(), isEmpty());
        if (getTreeTableView() != null) {
            getTreeTableView().requestFocus();
        }
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        if (isEditing()) {
            return;
        }
        getStyleClass().removeAll(Styles.VALUE_YES, Styles.VALUE_MOD, Styles.VALUE_NO);
        OptionRow row = empty ? null : row();
        setGraphic(null);
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
