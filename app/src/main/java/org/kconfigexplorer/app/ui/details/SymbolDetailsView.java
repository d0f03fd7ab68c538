package org.kconfigexplorer.app.ui.details;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kconfigexplorer.app.ui.MeasuredTextFlow;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.conditions.ConditionPresenter;
import org.kconfigexplorer.app.ui.conditions.ConditionTreeView;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * The right-hand panel: the selected entry's name, prompt, facts, value buttons, its
 * preconditions tree with advice, and its help text.
 */
public final class SymbolDetailsView extends ScrollPane {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass(Styles.PSEUDO_CURRENT);

    private final SymbolDetailsViewModel vm;
    private final BiConsumer<Tristate, Runnable> setValue;
    private final ConditionTreeView conditions = new ConditionTreeView();
    private final VBox adviceBox = new VBox();
    private final ToggleButton[] valueButtons = new ToggleButton[3];
    private final VBox content;
    private final Node preconditions;
    private final TextField valueField = new TextField();
    private final Label valueError = new Label();
    private Function<String, String> textSetter = text -> "not editable here";

    /**
     * @param setValue called when the user picks a value; its second argument re-syncs the
     *                 buttons afterwards (a refused value leaves the old one shown)
     */
    public SymbolDetailsView(SymbolDetailsViewModel vm, BiConsumer<Tristate, Runnable> setValue) {
        this.vm = vm;
        this.setValue = setValue;
        setId(Styles.Ids.DETAILS_PANE);
        getStyleClass().add(Styles.DETAILS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label placeholder = new Label("Select an option on the left, search for one, or press "
                + "\u201cRust inline helpers\u201d.");
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(vm.hasSelectionProperty().not());
        placeholder.managedProperty().bind(placeholder.visibleProperty());

        preconditions = preconditionsSection();
        content = new VBox(placeholder, header(), facts(), preconditions, helpSection());
        content.getStyleClass().add("kx-details-content");
        // Fit the panel's width so long prompts and messages wrap (large text, narrow panel).
        content.setMinWidth(0);
        setContent(content);

        vm.preconditionsProperty().addListener((obs, old, now) -> conditions.setRoot(now));
        conditions.setRoot(vm.preconditions());
        vm.advice().addListener((ListChangeListener<String>) c -> fillAdvice());
        fillAdvice();
        vm.tristateProperty().addListener((obs, old, now) -> syncValueButtons());
        vm.allowedValues().addListener((ListChangeListener<Tristate>) c -> syncValueButtons());
        vm.modulesAllowedProperty().addListener((obs, old, now) -> syncValueButtons());
        syncValueButtons();
    }

    /** Adds a section right under the preconditions (e.g. the fix suggestions). */
    public void addSectionUnderPreconditions(Node section) {
        content.getChildren().add(content.getChildren().indexOf(preconditions) + 1, section);
    }

    /** Adds a section below the built-in ones (e.g. the relations links). */
    public void addSection(Node section) {
        content.getChildren().add(section);
    }

    private Node header() {
        Label name = new Label();
        name.setId(Styles.Ids.DETAILS_NAME);
        name.getStyleClass().add(Styles.DETAILS_TITLE);
        name.textProperty().bind(vm.nameProperty());
        name.setWrapText(true);
        Label prompt = new Label();
        prompt.getStyleClass().add(Styles.DETAILS_PROMPT);
        prompt.textProperty().bind(vm.promptProperty());
        prompt.setWrapText(true);
        hideWhenEmpty(prompt, vm.promptProperty());
        VBox box = new VBox(name, prompt);
        box.getStyleClass().add("kx-details-header");
        showWhen(box, vm.hasSelectionProperty());
        return box;
    }

    private Node facts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("kx-details-facts");
        int row = 0;
        addFact(grid, row++, "Type", vm.typeProperty());
        Label value = addFact(grid, row++, "Value", vm.valueProperty());
        value.setId(Styles.Ids.DETAILS_VALUE);
        addFact(grid, row++, "Value from", vm.valueOriginProperty());
        grid.add(valueChooser(), 1, row++);
        grid.add(valueEditor(), 1, row++);
        addFact(grid, row++, "Status", vm.changeabilityProperty());
        addFact(grid, row++, "From toolchain", vm.toolchainFieldsProperty()).setId(Styles.Ids.DETAILS_TOOLCHAIN_FIELDS);
        addFact(grid, row++, "Defined at", vm.definedAtProperty());
        addFact(grid, row++, "Menu", vm.menuPathProperty());
        addFact(grid, row, "Selected by", vm.selectedByProperty());
        showWhen(grid, vm.hasSelectionProperty());
        return grid;
    }

    private Label addFact(GridPane grid, int row, String key, ObservableStringValue text) {
        Label k = new Label(key);
        k.getStyleClass().add(Styles.DETAILS_KEY);
        k.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label();
        v.getStyleClass().add(Styles.DETAILS_VALUE);
        v.textProperty().bind(text);
        v.setWrapText(true);
        hideWhenEmpty(k, text);
        hideWhenEmpty(v, text);
        grid.add(k, 0, row);
        grid.add(v, 1, row);
        GridPane.setHgrow(v, Priority.ALWAYS);
        return v;
    }

    private Node valueChooser() {
        String[] ids = {Styles.Ids.VALUE_N, Styles.Ids.VALUE_M, Styles.Ids.VALUE_Y};
        HBox box = new HBox();
        box.getStyleClass().add(Styles.VALUE_CHOOSER);
        for (Tristate t : Tristate.values()) {
            ToggleButton b = new ToggleButton(t.text());
            b.setId(ids[t.ordinal()]);
            b.setMnemonicParsing(false);
            b.setOnAction(e -> setValue.accept(t, this::syncValueButtons));
            valueButtons[t.ordinal()] = b;
            box.getChildren().add(b);
        }
        valueButtons[Tristate.NO.ordinal()].setAccessibleText("Set to n (off)");
        valueButtons[Tristate.MOD.ordinal()].setAccessibleText("Set to m (module)");
        valueButtons[Tristate.YES.ordinal()].setAccessibleText("Set to y (built in)");
        box.visibleProperty().bind(vm.tristateProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * What typing a value and pressing Enter (or Set) does: returns null when the value was
     * set, else why it was refused (shown under the field).
     */
    public void setTextSetter(Function<String, String> setter) {
        this.textSetter = setter;
    }

    /** Puts the keyboard focus in the value field (for int, hex and string options). */
    public boolean focusValueField() {
        if (!valueField.isDisabled() && valueField.isVisible()) {
            valueField.requestFocus();
            valueField.selectAll();
            return true;
        }
        return false;
    }

    private Node valueEditor() {
        valueField.setId(Styles.Ids.VALUE_FIELD);
        valueField.setPrefColumnCount(16);
        valueField.setAccessibleText("New value");
        Button set = new Button("Set");
        set.setId(Styles.Ids.SET_VALUE_BUTTON);
        valueError.setId(Styles.Ids.VALUE_ERROR);
        valueError.getStyleClass().add(Styles.FIELD_ERROR);
        valueError.setWrapText(true);
        valueError.visibleProperty().bind(valueError.textProperty().isNotEmpty());
        valueError.managedProperty().bind(valueError.visibleProperty());
        Runnable apply = () -> {
            String why = textSetter.apply(valueField.getText());
            valueError.setText(why == null ? "" : why);
            if (why == null) {
                valueField.setText(vm.valueProperty().get());
            }
        };
        valueField.setOnAction(e -> apply.run());
        set.setOnAction(e -> apply.run());
        valueField.disableProperty().bind(vm.textEditableProperty().not());
        set.disableProperty().bind(vm.textEditableProperty().not());
        vm.nameProperty().addListener((obs, old, now) -> {
            valueField.setText(vm.valueProperty().get());
            valueError.setText("");
        });
        vm.valueProperty().addListener((obs, old, now) -> {
            if (!valueField.isFocused()) {
                valueField.setText(now);
            }
        });
        HBox line = new HBox(6, valueField, set);
        VBox box = new VBox(4, line, valueError);
        box.getStyleClass().add(Styles.VALUE_EDITOR);
        box.visibleProperty().bind(vm.textTypedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void syncValueButtons() {
        Tristate current = vm.tristateProperty().get();
        for (Tristate t : Tristate.values()) {
            ToggleButton b = valueButtons[t.ordinal()];
            boolean isCurrent = t == current;
            b.setSelected(isCurrent);
            b.pseudoClassStateChanged(CURRENT, isCurrent);
            b.setDisable(!isCurrent && !vm.allowedValues().contains(t));
            boolean shown = t != Tristate.MOD || vm.modulesAllowedProperty().get() || isCurrent;
            b.setVisible(shown);
            b.setManaged(shown);
        }
    }

    private Node preconditionsSection() {
        Label title = new Label("Preconditions");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label verdict = new Label();
        verdict.setId(Styles.Ids.VERDICT);
        verdict.getStyleClass().add(Styles.VERDICT);
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setWrapText(true);
        vm.verdictMetProperty().addListener((obs, old, now) -> styleVerdict(verdict, now));
        styleVerdict(verdict, vm.verdictMetProperty().get());

        Label adviceTitle = new Label("What to change");
        adviceTitle.getStyleClass().add(Styles.SECTION_TITLE);
        adviceBox.setId(Styles.Ids.ADVICE);
        adviceBox.getStyleClass().add(Styles.ADVICE);
        VBox advice = new VBox(adviceTitle, adviceBox);
        showWhen(advice, Bindings.isNotEmpty(vm.advice()));

        VBox box = new VBox(title, verdict, conditions, advice);
        box.getStyleClass().add("kx-details-section");
        showWhen(box, vm.preconditionsProperty().isNotNull());
        return box;
    }

    private static void styleVerdict(Label verdict, boolean met) {
        verdict.getStyleClass().removeAll(Styles.CONDITION_MET, Styles.CONDITION_UNMET);
        verdict.getStyleClass().add(ConditionPresenter.styleClass(met));
    }

    private void fillAdvice() {
        adviceBox.getChildren().clear();
        for (String line : vm.advice()) {
            Label l = new Label("\u2192 " + line);
            l.getStyleClass().add(Styles.ADVICE_ITEM);
            l.setWrapText(true);
            adviceBox.getChildren().add(l);
        }
    }

    private Node helpSection() {
        Label title = new Label("Help");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        // A text in a measured flow, not a wrapped label: a long help (3,500 characters under
        // FW_LOADER_USER_HELPER) was laid out anew for each of the details' several size queries.
        Text text = new Text();
        text.getStyleClass().add(Styles.HELP_TEXT);
        text.textProperty().bind(vm.helpProperty());
        MeasuredTextFlow flow = new MeasuredTextFlow(text);
        flow.getStyleClass().add(Styles.HELP);
        VBox box = new VBox(title, flow);
        box.getStyleClass().add("kx-details-section");
        showWhen(box, Bindings.isNotEmpty(vm.helpProperty()));
        return box;
    }

    private static void hideWhenEmpty(Node node, ObservableStringValue text) {
        showWhen(node, Bindings.isNotEmpty(text));
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
