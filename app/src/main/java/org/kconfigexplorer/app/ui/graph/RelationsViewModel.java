package org.kconfigexplorer.app.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.app.ui.WhileShown;
import org.kconfigexplorer.kconfig.explain.SymbolRelations;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * The "Depends on / Selected by / Implied by / Selects / Implies / Visible if" lists of the
 * selected symbol, each entry a symbol the user can open.
 */
public final class RelationsViewModel {

    /** A related symbol with its current value, e.g. "RUST = n". */
    public record Link(String name, String value, boolean on) {

        public String text() {
            return name + " = " + value;
        }
    }

    /** One kind of relation and its symbols. */
    public record Group(SymbolRelations.Kind kind, List<Link> links) {

        public Group {
            links = List.copyOf(links);
        }

        public String title() {
            return kind.title();
        }
    }

    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<Group> groupsView = FXCollections.unmodifiableObservableList(groups);
    private KconfigModel model;
    private SymbolRelations relations;
    private final WhileShown whileShown = new WhileShown(this::showNow);
    private KconfigModel shownModel;
    private Symbol shownSymbol;

    /** Shows the relations of {@code sym} (null: none): now while on screen, or else once shown again. */
    public void show(KconfigModel newModel, Symbol sym) {
        shownModel = newModel;
        shownSymbol = sym;
        whileShown.request();
    }

    /** Whether the relations are on screen: while they are not, they wait (true until bound). */
    public BooleanProperty activeProperty() {
        return whileShown.activeProperty();
    }

    private void showNow() {
        KconfigModel newModel = shownModel;
        Symbol sym = shownSymbol;
        if (newModel != model) {
            model = newModel;
            relations = null;
        }
        if (model == null || sym == null) {
            groups.clear();
            return;
        }
        if (relations == null) {
            relations = SymbolRelations.of(model);
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<SymbolRelations.Kind, List<Symbol>> e : relations.all(sym).entrySet()) {
            List<Link> links = new ArrayList<>();
            for (Symbol s : e.getValue()) {
                boolean on = s.type().isTristateLike() ? s.tristateValue() != Tristate.NO : !s.stringValue().isEmpty();
                links.add(new Link(s.name(), s.stringValue(), on));
            }
            out.add(new Group(e.getKey(), links));
        }
        if (!groups.equals(out)) { // a change elsewhere mostly leaves them as they are: no new links then
            groups.setAll(out);
        }
    }

    public ObservableList<Group> groups() {
        return groupsView;
    }
}
