package org.kconfigexplorer.app.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.kconfigexplorer.app.ui.concurrent.FxBackgroundExecutor;
import org.kconfigexplorer.app.ui.graph.GraphView;

/**
 * Takes the documentation screenshots on a real display (Xvfb): the graph of RUST_INLINE_HELPERS
 * at depth 2 with Clang 19, then the source view, the fitted graph and the split view. Arguments:
 * graph.png source.png [graph-fit.png [split.png]]. Not a test;
 * run by hand with DISPLAY set (see the report in docs).
 */
public final class DocScreenshots {

    private static String[] files;

    public static void main(String[] args) {
        files = args;
        Application.launch(App.class);
    }

    /** The application that opens the window and takes the shots. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            open(stage);
        }
    }

    static void open(Stage stage) {
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        ExplorerWindow window = ExplorerWindow.open(stage, LaunchOptions.parse(List.of("--profile",
                "clang19-rustc185-llvm19", "--select", "RUST_INLINE_HELPERS")), executor,
                (owner, title, suggested) -> Optional.empty());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1400);
        stage.setHeight(900);
        Thread t = new Thread(() -> {
            try {
                waitFor(() -> window.viewModel().readyProperty().get() && !window.viewModel().isBusy()
                        && window.viewModel().selectedRowProperty().get() != null);
                fx(() -> {
                    ((javafx.scene.control.SplitPane) window.scene().lookup(".split-pane")).setDividerPositions(0.3);
                    return null;
                });
                TabPane tabs = fx(() -> (TabPane) window.scene().lookup("#" + Styles.Ids.SIDE_TABS));
                fx(() -> {
                    tabs.getSelectionModel().select(2);
                    return null;
                });
                GraphView graph = fx(() -> (GraphView) window.scene().lookup("#" + Styles.Ids.GRAPH_VIEW));
                waitFor(() -> graph.viewModel().layout() != null && !graph.viewModel().busyProperty().get() && graph.isDrawn());
                Thread.sleep(1500);
                shoot(files[0]);
                if (files.length > 2) {
                    fx(() -> {
                        graph.fitToView();
                        return null;
                    });
                    Thread.sleep(500);
                    shoot(files[2]);
                }
                fx(() -> {
                    tabs.getSelectionModel().select(1);
                    return null;
                });
                Thread.sleep(1500);
                shoot(files[1]);
                if (files.length > 3) {
                    fx(() -> {
                        window.view().splitViewProperty().set(true);
                        tabs.getSelectionModel().select(0);
                        window.viewModel().selectSymbol("RUST_INLINE_HELPERS");
                        ((javafx.scene.control.SplitPane) window.scene().lookup(".split-pane")).setDividerPositions(0.5);
                        return null;
                    });
                    Thread.sleep(1500);
                    shoot(files[3]);
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
                System.exit(0);
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static void shoot(String file) throws Exception {
        new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 300 && !fx(condition); i++) {
            Thread.sleep(100);
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get();
    }
}
