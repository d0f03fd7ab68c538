package org.kconfigexplorer.app.ui.graph;

import org.kconfigexplorer.app.ui.explorer.ExplorerViewModel;
import org.kconfigexplorer.app.ui.menu.OptionRow;
import org.kconfigexplorer.app.ui.menu.OptionTree;
import org.kconfigexplorer.app.ui.search.SearchViewModel;
import org.kconfigexplorer.app.ui.source.SourceViewModel;
import org.kconfigexplorer.kconfig.model.KconfigModel;

/**
 * The "understand and navigate" features of the explorer (issue 6) attached to its view model:
 * relations links, Kconfig source, dependency graph and search, all following the selected row
 * and the loaded tree. Navigating (a link, a graph box, a search result) selects in the tree.
 */
public final class InsightViewModel {

    private final ExplorerViewModel explorer;
    private final RelationsViewModel relations = new RelationsViewModel();
    private final SourceViewModel source;
    private final GraphViewModel graph;
    private final SearchViewModel search;
    private final Runnable modelListener = this::valuesChanged;
    private KconfigModel listenedModel;

    public InsightViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        source = new SourceViewModel(explorer.executor());
        graph = new GraphViewModel(explorer.executor());
        search = new SearchViewModel(explorer.executor(), explorer::select);
        explorer.describedRowProperty().addListener((obs, old, now) -> selected(now));
        explorer.treeProperty().addListener((obs, old, now) -> treeChanged(now));
        treeChanged(explorer.tree());
    }

    private void treeChanged(OptionTree tree) {
        if (listenedModel != null) {
            listenedModel.removeChangeListener(modelListener);
        }
        listenedModel = tree == null ? null : tree.model();
        if (listenedModel != null) {
            listenedModel.addChangeListener(modelListener);
        }
        search.setTree(tree);
        selected(explorer.selectedRowProperty().get());
    }

    private void selected(OptionRow row) {
        KconfigModel model = explorer.model();
        relations.show(model, row == null ? null : row.symbol());
        source.show(explorer.session(), row == null ? null : row.node());
        graph.show(model, row == null ? null : row.symbol());
    }

    private void valuesChanged() {
        OptionRow row = explorer.describedRowProperty().get();
        relations.show(explorer.model(), row == null ? null : row.symbol());
    }

    /** Opens the symbol named {@code name} in the menu tree; false when the tree has none. */
    public boolean navigate(String name) {
        return explorer.selectSymbol(name);
    }

    public RelationsViewModel relations() {
        return relations;
    }

    public SourceViewModel source() {
        return source;
    }

    public GraphViewModel graph() {
        return graph;
    }

    public SearchViewModel search() {
        return search;
    }
}
