package org.kconfigexplorer.app.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kconfigexplorer.app.AppVersion;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.dialogs.FileDialogs;
import org.kconfigexplorer.app.ui.explorer.ExplorerView;
import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.explorer.Problem;
import org.kconfigexplorer.app.ui.explorer.SessionSource;
import org.kconfigexplorer.app.ui.explorer.UserFacingException;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfiles;

/**
 * Puts the explorer together: view model, view, scene and theme, on a stage. The application
 * and the tests both build the window here, with their own executor and file dialogs.
 */
public final class ExplorerWindow {

    private final ExplorerViewModel viewModel;
    private final ExplorerView view;
    private final Scene scene;

    private ExplorerWindow(ExplorerViewModel viewModel, ExplorerView view, Scene scene) {
        this.viewModel = viewModel;
        this.view = view;
        this.scene = scene;
    }

    /** Builds the window on {@code stage}, shows it and starts loading the tree. */
    public static ExplorerWindow open(Stage stage, LaunchOptions options, BackgroundExecutor executor,
            FileDialogs dialogs) {
        SessionSource source = options.tree() == null ? SessionSource.embedded()
                : SessionSource.directory(options.tree());
        List<ToolchainProfile> presets;
        String presetProblem = null;
        try {
            presets = ToolchainProfiles.presets();
        } catch (RuntimeException e) {
            presets = List.of();
            presetProblem = "the toolchain presets could not be read: " + UserFacingException.messageOf(e);
        }
        ExplorerViewModel vm = new ExplorerViewModel(source, presets, executor, AppVersion.get());
        for (String p : options.problems()) {
            vm.addStartupProblem(Problem.warning(p));
        }
        if (presetProblem != null) {
            vm.addStartupProblem(Problem.error(presetProblem));
        }
        ExplorerView view = new ExplorerView(vm, dialogs);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1280, screen.getWidth() * 0.95), Math.min(840, screen.getHeight() * 0.95));
        view.installShortcuts(scene);
        options.theme().applyTo(scene);
        view.useTheme(options.theme());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        ExplorerWindow window = new ExplorerWindow(vm, view, scene);
        stage.show();

        if (options.select() != null) {
            selectWhenReady(vm, options.select());
        }
        initialProfile(presets, options.profileId(), vm).ifPresent(vm::open);
        return window;
    }

    private static Optional<ToolchainProfile> initialProfile(List<ToolchainProfile> presets, String id,
            ExplorerViewModel vm) {
        if (presets.isEmpty()) {
            return Optional.empty();
        }
        if (id == null) {
            return Optional.of(presets.get(0));
        }
        for (ToolchainProfile p : presets) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        vm.addStartupProblem(Problem.warning("unknown toolchain preset '" + id + "'; using "
                + presets.get(0).name() + ". Known presets: "
                + String.join(", ", presets.stream().map(ToolchainProfile::id).toList())));
        return Optional.of(presets.get(0));
    }

    private static void selectWhenReady(ExplorerViewModel vm, String symbol) {
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    vm.readyProperty().removeListener(this);
                    if (!vm.selectSymbol(symbol)) {
                        vm.addStartupProblem(Problem.warning("--select: this tree has no option " + symbol));
                    }
                }
            }
        };
        vm.readyProperty().addListener(once);
    }

    public ExplorerViewModel viewModel() {
        return viewModel;
    }

    public ExplorerView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }
}
