package org.kconfigexplorer.app.ui.toolchain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kconfigexplorer.app.ui.LazyTooltip;
import org.kconfigexplorer.app.ui.MeasuredVBox;
import org.kconfigexplorer.app.ui.TextSizeInParts;
import org.kconfigexplorer.app.ui.dialogs.DialogStyle;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.kconfigexplorer.app.ui.ButtonRow;
import org.kconfigexplorer.app.ui.Styles;
import org.kconfigexplorer.app.ui.Styles.Ids;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.ProbeAnswer;

/**
 * The toolchain panel: the profile's fields, editable, each with its validation message and
 * the symbols it produces; where the facts come from (profile or host), detection from this
 * machine with the commands it ran, profile files, and the commands the profile could not
 * answer.
 *
 * <p>It takes a new text size in parts (its scroll bars, its sections, four fields at a time):
 * its sixteen editors and their notes, restyled and laid out at once, took longer than a frame.
 */
public final class ToolchainPanel extends ScrollPane implements TextSizeInParts {

    /** Fields that take a new text size in the same frame. */
    private static final int FIELDS_A_PART = 4;

    private final ToolchainViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox content;
    /** The sections above the fields and below them. */
    private final VBox above;
    private final VBox below;
    private int row;

    /**
     * @param chooseOpen asks for a profile file to load
     * @param chooseSave asks where to save the profile
     */
    public ToolchainPanel(ToolchainViewModel vm, Function<String, Optional<Path>> chooseOpen,
            Function<String, Optional<Path>> chooseSave) {
        this.vm = vm;
        setId(Ids.TOOLCHAIN_PANEL);
        getStyleClass().addAll(Styles.DETAILS, Styles.PANEL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label mode = new Label();
        mode.setId(Ids.TOOLCHAIN_MODE);
        mode.textProperty().bind(vm.modeTextProperty());
        mode.setWrapText(true);
        mode.getStyleClass().add(Styles.PANEL_NOTE);
        vm.hostModeProperty().addListener((obs, old, now) -> styleMode(mode, now));
        styleMode(mode, vm.hostModeProperty().get());

        Button detect = new Button("Detect from this machine\u2026");
        detect.setId(Ids.DETECT_BUTTON);
        LazyTooltip.install(detect, "Runs only the tools' --version commands (gcc, ld, as, rustc, bindgen, pahole) "
                + "and shows what they said before anything is applied");
        detect.setOnAction(e -> vm.detect());
        Button load = new Button("Load profile\u2026");
        load.setId(Ids.LOAD_PROFILE_BUTTON);
        load.setOnAction(e -> chooseOpen.apply("Load toolchain profile").ifPresent(vm::loadProfile));
        Button save = new Button("Save profile\u2026");
        save.setId(Ids.SAVE_PROFILE_BUTTON);
        save.setOnAction(e -> chooseSave.apply("Save toolchain profile").ifPresent(vm::saveProfile));
        save.disableProperty().bind(vm.hostModeProperty());
        FlowPane actions = ButtonRow.of(detect, load, save);

        Label profileErrors = new Label();
        profileErrors.setId(Ids.PROFILE_ERRORS);
        profileErrors.getStyleClass().add(Styles.FIELD_ERROR);
        profileErrors.setWrapText(true);
        profileErrors.textProperty().bind(Bindings.createStringBinding(() -> vm.loadErrors().isEmpty() ? ""
                : "The profile file was not loaded (the current toolchain stays):\n\u2022 "
                        + String.join("\n\u2022 ", vm.loadErrors()), vm.loadErrors()));
        showWhenText(profileErrors);

        VBox detection = detectionBox();

        Label fieldsTitle = title("Profile fields");
        Label fieldsNote = new Label("Every valid change re-evaluates the tree at once; your option values stay. "
                + "Ctrl+Z undoes a change.");
        fieldsNote.setWrapText(true);
        fieldsNote.getStyleClass().add(Styles.PANEL_NOTE);
        buildFields();

        Label otherErrors = new Label();
        otherErrors.getStyleClass().add(Styles.FIELD_ERROR);
        otherErrors.textProperty().bind(vm.otherErrorsProperty());
        otherErrors.setWrapText(true);
        showWhenText(otherErrors);

        Label assumptionsTitle = title("Commands the profile could not answer");
        ListView<String> assumptions = new ListView<>(vm.assumptions());
        assumptions.setId(Ids.ASSUMPTIONS_LIST);
        assumptions.getStyleClass().add(Styles.MONO_TEXT);
        assumptions.setPrefHeight(120);
        Label noAssumptions = new Label("None: the profile answered every command.");
        noAssumptions.getStyleClass().add(Styles.PLACEHOLDER);
        assumptions.setPlaceholder(noAssumptions);

        above = new MeasuredVBox(mode, actions, profileErrors, detection, fieldsTitle, fieldsNote);
        below = new MeasuredVBox(otherErrors, assumptionsTitle, assumptions);
        content = new MeasuredVBox(above, grid, below);
        content.setMinWidth(0);
        textSizeFollows(DialogStyle.rootFontSize(FontScale.P100));
        setContent(content);
    }

    /**
     * The scroll bars with the sections above the fields; the fields, four at a time; the sections
     * below them. The content box and the grid around them show nothing of their own. (A part is
     * a box: a label with a text size of its own, such as a title, would lose it as a part.)
     */
    @Override
    public List<List<Node>> textSizeParts() {
        List<Node> first = new ArrayList<>(getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("scroll-bar")).toList());
        first.add(above);
        List<List<Node>> parts = new ArrayList<>();
        parts.add(first);
        // The grid holds each field's name and value boxes, in order.
        List<Node> cells = grid.getChildren();
        for (int i = 0; i < cells.size(); i += 2 * FIELDS_A_PART) {
            parts.add(List.copyOf(cells.subList(i, Math.min(cells.size(), i + 2 * FIELDS_A_PART))));
        }
        parts.add(List.of(below));
        return parts;
    }

    /** The margins and gaps of the details panels' content (1em by 1.25em, 0.9em apart), in pixels. */
    @Override
    public void textSizeFollows(double fontSize) {
        content.setPadding(new Insets(fontSize, 1.25 * fontSize, fontSize, 1.25 * fontSize));
        for (VBox box : List.of(content, above, below)) {
            box.setSpacing(0.9 * fontSize);
        }
        grid.setHgap(fontSize);
        grid.setVgap(0.5 * fontSize);
    }

    private static void styleMode(Label mode, boolean host) {
        mode.getStyleClass().remove(Styles.HOST_WARNING);
        if (host) {
            mode.getStyleClass().add(Styles.HOST_WARNING);
        }
    }

    private VBox detectionBox() {
        Label title = title("Detected on this machine");
        TextArea output = new TextArea();
        output.setId(Ids.DETECT_OUTPUT);
        output.setEditable(false);
        output.setWrapText(true);
        output.setPrefRowCount(10);
        output.getStyleClass().add(Styles.MONO_TEXT);
        output.textProperty().bind(vm.detectionTextProperty());
        Button apply = new Button("Apply detected toolchain");
        apply.setId(Ids.APPLY_DETECTED_BUTTON);
        apply.setDefaultButton(false);
        apply.setOnAction(e -> vm.applyDetection());
        Button discard = new Button("Discard");
        discard.setId(Ids.DISCARD_DETECTED_BUTTON);
        discard.setOnAction(e -> vm.discardDetection());
        VBox box = new VBox(6, title, new Label("These commands were run; nothing is applied until you say so:"),
                output, ButtonRow.of(apply, discard));
        box.visibleProperty().bind(vm.detectionProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void buildFields() {
        combo(ProfileField.CC_KIND, vm.ccKindProperty(), org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.CcKind.values());
        text(ProfileField.CC_VERSION, vm.ccVersionProperty(), null);
        combo(ProfileField.AS_KIND, vm.asKindProperty(), org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.AsKind.values());
        text(ProfileField.AS_VERSION, vm.asVersionProperty(), null);
        combo(ProfileField.LD_KIND, vm.ldKindProperty(), org.kconfigexplorer.kconfig.toolchain.ToolchainProfile.LdKind.values());
        text(ProfileField.LD_VERSION, vm.ldVersionProperty(), null);
        check(ProfileField.RUSTC, vm.hasRustcProperty(), "The toolchain has rustc");
        text(ProfileField.RUSTC_VERSION, vm.rustcVersionProperty(), vm.hasRustcProperty());
        text(ProfileField.RUSTC_LLVM, vm.rustcLlvmProperty(), vm.hasRustcProperty());
        check(ProfileField.BINDGEN, vm.hasBindgenProperty(), "The toolchain has bindgen");
        text(ProfileField.BINDGEN_VERSION, vm.bindgenVersionProperty(), vm.hasBindgenProperty());
        text(ProfileField.LIBCLANG, vm.libclangProperty(), vm.hasBindgenProperty());
        text(ProfileField.ARCH, vm.archProperty(), null);
        check(ProfileField.LLVM, vm.llvmProperty(), "Build with LLVM=1 (Clang, ld.lld, llvm-* tools)");
        text(ProfileField.CROSS_COMPILE, vm.crossCompileProperty(), null);
        combo(ProfileField.PROBES, vm.probesProperty(), ProbeAnswer.values());
    }

    private void text(ProfileField f, StringProperty value, BooleanProperty enabledBy) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(12);
        if (enabledBy != null) {
            field.disableProperty().bind(enabledBy.not());
        }
        add(f, field);
    }

    private <E extends Enum<E>> void combo(ProfileField f, ObjectProperty<E> value, E[] choices) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.valueProperty().bindBidirectional(value);
        add(f, box);
    }

    private void check(ProfileField f, BooleanProperty value, String text) {
        CheckBox box = new CheckBox(text);
        box.setMnemonicParsing(false);
        box.selectedProperty().bindBidirectional(value);
        add(f, box);
    }

    private void add(ProfileField f, Node editor) {
        editor.setId(Ids.field(f.path()));
        Label name = new Label(f.label());
        name.getStyleClass().add(Styles.DETAILS_KEY);
        name.setLabelFor(editor);
        name.setMinWidth(Label.USE_PREF_SIZE);
        Label path = new Label(f.path());
        path.getStyleClass().addAll(Styles.PANEL_NOTE, Styles.MONO_TEXT);
        VBox key = new MeasuredVBox(name, path);
        Label error = new Label();
        error.setId(Ids.fieldError(f.path()));
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        Label affects = new Label();
        affects.setId(Ids.fieldAffects(f.path()));
        affects.getStyleClass().add(Styles.FIELD_AFFECTS);
        affects.setWrapText(true);
        Runnable sync = () -> {
            error.setText(vm.errors().getOrDefault(f, ""));
            String syms = vm.affects().get(f);
            affects.setText(syms == null ? "" : "Affects: " + syms);
            editor.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), vm.errors().containsKey(f));
        };
        vm.errors().addListener((MapChangeListener<ProfileField, String>) c -> sync.run());
        vm.affects().addListener((MapChangeListener<ProfileField, String>) c -> sync.run());
        sync.run();
        showWhenText(error);
        showWhenText(affects);
        VBox value = new MeasuredVBox(2, editor, error, affects);
        value.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(value, Priority.ALWAYS);
        grid.addRow(row++, key, value);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static void showWhenText(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }
}
