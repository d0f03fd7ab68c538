package org.kconfigexplorer.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
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
import org.kconfigexplorer.app.ui.opentree.KernelTreeSource;
import org.kconfigexplorer.app.ui.settings.FontScale;
import org.kconfigexplorer.app.ui.settings.Settings;
import org.kconfigexplorer.app.ui.settings.SettingsStore;
import org.kconfigexplorer.kconfig.session.ExplorerSession;
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
    private final SettingsStore store;
    private final BackgroundExecutor executor;
    private final Stage stage;
    private Settings settings;
    private WarmUp warmUp;
    /** The window's content size and position when last not maximized (what a restore goes back to). */
    private double normalWidth;
    private double normalHeight;
    private Double normalX;
    private Double normalY;

    /** Height of the strip at a window's top (its title bar) that must be on a screen to use a remembered position. */
    static final double TITLE_STRIP = 32;
    /** How much of that strip's width must be on a screen. */
    static final double MIN_VISIBLE_WIDTH = 64;

    private ExplorerWindow(ExplorerViewModel viewModel, ExplorerView view, Scene scene, SettingsStore store,
            BackgroundExecutor executor, Stage stage, Settings settings) {
        this.viewModel = viewModel;
        this.view = view;
        this.scene = scene;
        this.store = store;
        this.executor = executor;
        this.stage = stage;
        this.settings = settings;
    }

    /** Builds the window on {@code stage} (settings kept in memory only), shows it and starts loading. */
    public static ExplorerWindow open(Stage stage, LaunchOptions options, BackgroundExecutor executor,
            FileDialogs dialogs) {
        return open(stage, options, executor, dialogs, SettingsStore.inMemory());
    }

    /**
     * Builds the window on {@code stage} with the settings in {@code store} (theme, text size,
     * window layout, recent trees, profile files), shows it and starts loading the tree.
     */
    public static ExplorerWindow open(Stage stage, LaunchOptions options, BackgroundExecutor executor,
            FileDialogs dialogs, SettingsStore store) {
        SettingsStore.Loaded loaded = store.load();
        Settings settings = loaded.settings();
        List<ToolchainProfile> presets;
        String presetProblem = null;
        try {
            presets = ToolchainProfiles.presets();
        } catch (RuntimeException e) {
            presets = List.of();
            presetProblem = "the toolchain presets could not be read: " + UserFacingException.messageOf(e);
        }
        ToolchainProfile firstPreset = presets.isEmpty() ? null : presets.get(0);
        SessionSource source = sourceOf(options, firstPreset);
        ExplorerViewModel vm = new ExplorerViewModel(source, presets, executor, AppVersion.get());
        for (String p : options.problems()) {
            vm.addStartupProblem(Problem.warning(p));
        }
        if (presetProblem != null) {
            vm.addStartupProblem(Problem.error(presetProblem));
        }
        if (loaded.problem() != null) {
            vm.addStartupProblem(Problem.warning(loaded.problem()));
        }
        for (String file : settings.profileFiles()) {
            ToolchainProfiles.LoadResult r = ToolchainProfiles.load(Path.of(file));
            if (r.isOk()) {
                vm.toolchain().addLoaded(r.profile(), Path.of(file));
            } else {
                vm.addStartupProblem(Problem.warning("the toolchain profile " + file + " remembered from last time "
                        + "could not be loaded: " + String.join("; ", r.errors())));
            }
        }
        ExplorerView view = new ExplorerView(vm, dialogs);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Settings.WindowLayout layout = settings.window();
        double width = layout.width() > 0 ? Math.min(layout.width(), screen.getWidth()) : Math.min(1280, screen.getWidth() * 0.95);
        double height = layout.height() > 0 ? Math.min(layout.height(), screen.getHeight())
                : Math.min(840, screen.getHeight() * 0.95);
        Scene scene = new Scene(view, width, height);
        view.installShortcuts(scene);
        Theme theme = options.theme() != Theme.LIGHT ? options.theme() : Theme.named(settings.theme()).orElse(Theme.LIGHT);
        Theme.useStylesheets(scene);
        view.useTheme(theme);
        view.fontScaleProperty().set(FontScale.ofPercent(settings.fontScale()));
        view.recentTrees().setAll(settings.recentTrees());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        ExplorerWindow window = new ExplorerWindow(vm, view, scene, store, executor, stage, settings);
        window.normalWidth = width;
        window.normalHeight = height;
        placement(layout, width, Screen.getScreens().stream().map(Screen::getVisualBounds).toList()).ifPresent(p -> {
            stage.setX(p.getX());
            stage.setY(p.getY());
            window.normalX = p.getX();
            window.normalY = p.getY();
        });
        stage.setMaximized(layout.maximized());
        if (layout.sideTab() != null) {
            view.sideTabs().getTabs().stream().filter(t -> layout.sideTab().equals(t.getId())).findFirst()
                    .ifPresent(t -> view.sideTabs().getSelectionModel().select(t));
        }
        view.splitViewProperty().set(layout.splitView());
        stage.show();
        view.mainSplit().setDividerPositions(layout.mainDivider());
        if (layout.menuDivider() != null) {
            view.splitMenus().setDividerPositions(layout.menuDivider());
        }
        window.rememberChanges(stage);

        if (options.select() != null) {
            selectWhenReady(vm, options.select());
        }
        initialProfile(presets, options.profileId(), vm)
                .map(p -> source instanceof KernelTreeSource k ? p.withArch(k.arch()) : p)
                .ifPresent(vm::open);
        return window;
    }

    /**
     * What {@code --tree} opens: a kernel source tree (a Makefile and arch/ beside the Kconfig)
     * as File > Open kernel tree does in profile mode, with {@code --arch} or else the profile's
     * ARCH; any other directory as a plain Kconfig tree; nothing given, the embedded model.
     */
    static SessionSource sourceOf(LaunchOptions options, ToolchainProfile profile) {
        Path dir = options.tree();
        if (dir == null) {
            return SessionSource.embedded();
        }
        if (Files.isRegularFile(dir.resolve("Makefile")) && Files.isDirectory(dir.resolve("arch"))) {
            String arch = options.arch() != null ? options.arch() : profile != null ? profile.arch() : "x86_64";
            return KernelTreeSource.withProfile(dir, arch);
        }
        return SessionSource.directory(dir);
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
        whenReady(vm, () -> {
            if (!vm.selectSymbol(symbol)) {
                vm.addStartupProblem(Problem.warning("--select: this tree has no option " + symbol));
            }
        });
    }

    /** Runs {@code action} once, when the view model first has a tree ready (at once if it has). */
    private static void whenReady(ExplorerViewModel vm, Runnable action) {
        whenTrue(vm.readyProperty(), action);
    }

    /** Runs {@code action} once, when {@code condition} first holds (at once if it does). */
    private static void whenTrue(javafx.beans.value.ObservableBooleanValue condition, Runnable action) {
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        };
        condition.addListener(once);
        once.changed(condition, false, condition.get());
    }

    /** Saves the settings whenever something remembered changes, and the layout when the window closes. */
    private void rememberChanges(Stage stage) {
        view.themeProperty().addListener((obs, old, now) -> update(settings.withTheme(now.name().toLowerCase(
                java.util.Locale.ROOT))));
        view.fontScaleProperty().addListener((obs, old, now) -> update(settings.withFontScale(now.percent())));
        viewModel.openedSourceProperty().addListener((obs, old, now) -> {
            if (now instanceof KernelTreeSource k) {
                ExplorerSession s = viewModel.session();
                update(settings.withRecentTree(new Settings.RecentTree(k.srctree().toString(), k.arch(), k.host(),
                        s == null || s.profile() == null ? null : s.profile().id())));
                view.recentTrees().setAll(settings.recentTrees());
            }
        });
        viewModel.toolchain().loadedFiles().addListener((javafx.collections.ListChangeListener<String>) c -> {
            Settings s = settings;
            for (String f : viewModel.toolchain().loadedFiles()) {
                s = s.withProfileFile(f);
            }
            update(s);
        });
        javafx.beans.InvalidationListener bounds = obs -> rememberNormalBounds();
        stage.xProperty().addListener(bounds);
        stage.yProperty().addListener(bounds);
        scene.widthProperty().addListener(bounds);
        scene.heightProperty().addListener(bounds);
        stage.maximizedProperty().addListener(bounds);
        rememberNormalBounds();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> saveLayout());
    }

    /**
     * Keeps the window's bounds while it is neither maximized nor covering a whole screen (as a
     * maximized one does while the flag has not followed yet), so that size and place are what
     * it had before it was maximized.
     */
    private void rememberNormalBounds() {
        if (!stage.isShowing() || stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D b = screen.getVisualBounds();
            if (Math.abs(stage.getX() - b.getMinX()) < 2 && Math.abs(stage.getY() - b.getMinY()) < 2
                    && Math.abs(stage.getWidth() - b.getWidth()) < 2 && Math.abs(stage.getHeight() - b.getHeight()) < 2) {
                return;
            }
        }
        normalWidth = scene.getWidth();
        normalHeight = scene.getHeight();
        normalX = stage.getX();
        normalY = stage.getY();
    }

    /**
     * Where to put a window whose layout remembers a position: there, when the top strip of the
     * window (its title bar) is on one of {@code screens} (at least {@value #MIN_VISIBLE_WIDTH}
     * pixels of it); else empty, and the system places the window.
     *
     * @param width   the window's width
     * @param screens the screens' usable bounds
     */
    static Optional<Point2D> placement(Settings.WindowLayout layout, double width, List<Rectangle2D> screens) {
        if (!layout.hasPosition()) {
            return Optional.empty();
        }
        double x = layout.x();
        double y = layout.y();
        double w = Math.max(width, MIN_VISIBLE_WIDTH);
        for (Rectangle2D screen : screens) {
            double visibleWidth = Math.min(x + w, screen.getMaxX()) - Math.max(x, screen.getMinX());
            double visibleHeight = Math.min(y + TITLE_STRIP, screen.getMaxY()) - Math.max(y, screen.getMinY());
            if (visibleWidth >= MIN_VISIBLE_WIDTH && visibleHeight > 0) {
                return Optional.of(new Point2D(x, y));
            }
        }
        return Optional.empty();
    }

    /**
     * Remembers the window's layout now (written at once: the window may be closing): size and
     * place as last seen when not maximized, whether it is maximized, the dividers, the side
     * panel's tab and whether the split view shows.
     */
    public void saveLayout() {
        double[] dividers = view.mainSplit().getDividerPositions();
        double[] menuDividers = view.splitMenus().getDividerPositions();
        javafx.scene.control.Tab tab = view.sideTabs().getSelectionModel().getSelectedItem();
        settings = settings.withWindow(new Settings.WindowLayout(normalWidth, normalHeight,
                dividers.length == 0 ? 0.5 : dividers[0], normalX, normalY, stage.isMaximized(),
                tab == null ? null : tab.getId(), menuDividers.length == 0 ? null : menuDividers[0],
                view.splitViewProperty().get()));
        try {
            store.save(settings);
        } catch (java.io.IOException e) {
            System.err.println("kconfig-explorer: could not save the settings: " + UserFacingException.messageOf(e));
        }
    }

    private void update(Settings next) {
        settings = next;
        if (store.file() == null) {
            return;
        }
        Settings toSave = next;
        executor.run(() -> {
            store.save(toSave);
            return toSave;
        }, s -> { }, e -> viewModel.report("Could not save the settings to " + store.file() + ": "
                + UserFacingException.messageOf(e)));
    }

    /** The settings as they are now. */
    public Settings settings() {
        return settings;
    }

    public ExplorerViewModel viewModel() {
        return viewModel;
    }

    public ExplorerView view() {
        return view;
    }

    /**
     * Once the window's first tree is ready, and while the user leaves the window alone for a
     * second, makes the rows of the hidden layout and rehearses the explorer's actions offscreen (see
     * {@link WarmUp}), so that the first real ones on a big tree do not wait for new rows or the JIT.
     */
    public void warmUpWhenReady() {
        UserIdle idle = new UserIdle(stage, 1000, System::nanoTime);
        whenReady(viewModel, () -> {
            warmUp = WarmUp.start(List.copyOf(viewModel.presets()), executor, view.themeProperty().get(),
                    view.fontScaleProperty().get(), idle::isIdle, view::prepareHiddenLayout);
            // Then the hidden layout keeps up with the tree, the filter and the selection while the user is idle.
            IdleUpkeep upkeep = new IdleUpkeep(idle::isIdle, view::prepareHiddenLayout);
            whenTrue(warmUp.finishedProperty(), upkeep::start);
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> upkeep.stop());
        });
    }

    /** The warm-up, once started. */
    public Optional<WarmUp> warmUp() {
        return Optional.ofNullable(warmUp);
    }

    public Scene scene() {
        return scene;
    }
}
