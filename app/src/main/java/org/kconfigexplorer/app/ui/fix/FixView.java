package org.kconfigexplorer.app.ui.fix;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.Styles;

/**
 * The details' "Fix" section: "Make SYMBOL [y] [Suggest fixes]", then the verified
 * suggestions, smallest first, each with its toolchain change, option changes, the user's
 * settings it overrides, its side effects and an Apply button; or, when the request cannot be
 * reached, why and the blocking expression.
 */
public final class FixView extends VBox {

    private final FixViewModel vm;
    private final VBox list = new VBox();

    public FixView(FixViewModel vm) {
        this.vm = vm;
        setId(Styles.Ids.FIX_SECTION);
        getStyleClass().addAll("kx-details-section", Styles.FIX);

        Label title = new Label("Fix");
        title.getStyleClass().add(Styles.SECTION_TITLE);

        Label make = new Label();
        make.textProperty().bind(Bindings.concat("Make ", vm.symbolProperty()));
        ComboBox<String> choice = new ComboBox<>(vm.valueChoices());
        choice.setId(Styles.Ids.FIX_TARGET);
        choice.setAccessibleText("Requested value");
        choice.valueProperty().bindBidirectional(vm.targetProperty());
        showWhen(choice, vm.tristateTargetProperty());
        TextField field = new TextField();
        field.setId(Styles.Ids.FIX_TARGET_FIELD);
        field.setAccessibleText("Requested value");
        field.setPrefColumnCount(12);
        field.textProperty().bindBidirectional(vm.targetProperty());
        showWhen(field, vm.tristateTargetProperty().not());
        Button suggest = new Button("Suggest fixes");
        suggest.setId(Styles.Ids.FIX_SUGGEST_BUTTON);
        suggest.setMnemonicParsing(false);
        suggest.disableProperty().bind(vm.runningProperty());
        suggest.setOnAction(e -> vm.suggest());
        field.setOnAction(e -> vm.suggest());
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add(Styles.PROGRESS);
        progress.setPrefSize(16, 16);
        showWhen(progress, vm.runningProperty());
        HBox request = new HBox(make, choice, field, suggest, progress);
        request.getStyleClass().add(Styles.FIX_REQUEST);

        Label status = wrapped(Styles.FIX_STATUS);
        status.setId(Styles.Ids.FIX_STATUS);
        status.textProperty().bind(vm.statusProperty());
        showWhen(status, Bindings.isNotEmpty(vm.statusProperty()));
        Label reason = wrapped(Styles.FIX_UNREACHABLE);
        reason.setId(Styles.Ids.FIX_REASON);
        reason.textProperty().bind(Bindings.concat("Why: ", vm.reasonProperty()));
        showWhen(reason, Bindings.isNotEmpty(vm.reasonProperty()));
        Label blocking = wrapped(Styles.FIX_UNREACHABLE);
        blocking.setId(Styles.Ids.FIX_BLOCKING);
        blocking.textProperty().bind(Bindings.concat("Blocked by: ", vm.blockingProperty()));
        showWhen(blocking, Bindings.isNotEmpty(vm.blockingProperty()));

        list.setId(Styles.Ids.FIX_SUGGESTIONS);
        list.setSpacing(6);
        vm.suggestions().addListener((ListChangeListener<FixViewModel.Item>) c -> fill());

        getChildren().addAll(title, request, status, reason, blocking, list);
        showWhen(this, vm.availableProperty());
    }

    private void fill() {
        list.getChildren().clear();
        for (FixViewModel.Item item : vm.suggestions()) {
            list.getChildren().add(card(item));
        }
    }

    private Node card(FixViewModel.Item item) {
        Label title = new Label(item.title());
        title.getStyleClass().add(Styles.FIX_SUGGESTION_TITLE);
        Button apply = new Button("Apply");
        apply.getStyleClass().add(Styles.FIX_APPLY);
        apply.setMnemonicParsing(false);
        apply.setAccessibleText("Apply suggestion " + item.rank());
        apply.setOnAction(e -> vm.apply(item));
        HBox head = new HBox(8, title, apply);
        head.getStyleClass().add(Styles.FIX_REQUEST);
        VBox card = new VBox(head);
        card.getStyleClass().add(Styles.FIX_SUGGESTION);
        lines(card, "Toolchain: ", item.profileChanges(), Styles.FIX_PROFILE);
        lines(card, "Set ", item.optionChanges(), Styles.FIX_OPTION);
        lines(card, "Overrides ", item.conflicts(), Styles.FIX_CONFLICT);
        lines(card, "Also ", item.sideEffects(), Styles.FIX_SIDE_EFFECT);
        return card;
    }

    private static void lines(VBox card, String prefix, List<String> texts, String style) {
        for (String t : texts) {
            Label l = wrapped(style);
            l.setText(prefix + t);
            card.getChildren().add(l);
        }
    }

    private static Label wrapped(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
