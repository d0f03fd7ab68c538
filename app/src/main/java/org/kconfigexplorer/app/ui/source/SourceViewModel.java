package org.kconfigexplorer.app.ui.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kconfigexplorer.app.ui.WhileShown;
import org.kconfigexplorer.app.ui.concurrent.BackgroundExecutor;
import org.kconfigexplorer.app.ui.explorer.UserFacingException;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.SourceLocation;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.session.ExplorerSession;

/**
 * The source view's state: the Kconfig text around every definition of the selected entry,
 * highlighted, read from the session's tree in the background (files are cached per session).
 */
public final class SourceViewModel {

    private final BackgroundExecutor executor;
    private final ReadOnlyObjectWrapper<SourceDocument> document =
            new ReadOnlyObjectWrapper<>(this, "document", SourceDocument.empty());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title",
            "Select an option to see its Kconfig source.");
    private final Map<String, Optional<String>> files = new ConcurrentHashMap<>();
    private final WhileShown whileShown = new WhileShown(this::showPending);
    private ExplorerSession cachedFor;
    private long generation;
    private ExplorerSession pendingSession;
    private MenuNode pendingNode;

    public SourceViewModel(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /**
     * Whether the source is on screen. While it is not, {@link #show} only remembers what to show,
     * and the text is read and highlighted when it becomes active.
     */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return whileShown.activeProperty();
    }

    /** Shows the definitions of the row's symbol (or the row's own location for menus and comments). */
    public void show(ExplorerSession session, MenuNode node) {
        pendingSession = session;
        pendingNode = node;
        whileShown.request();
    }

    private void showPending() {
        ExplorerSession session = pendingSession;
        MenuNode node = pendingNode;
        long gen = ++generation;
        if (session == null || node == null) {
            document.set(SourceDocument.empty());
            title.set("Select an option to see its Kconfig source.");
            return;
        }
        if (session != cachedFor) {
            files.clear();
            cachedFor = session;
        }
        Symbol sym = node.symbol();
        List<SourceLocation> locations = sym != null ? sym.definitions()
                : node.location() == null ? List.of() : List.of(node.location());
        String what = sym != null ? sym.name() : node.promptText() == null ? "this entry" : node.promptText();
        title.set(what + ": " + locations.size() + (locations.size() == 1 ? " definition" : " definitions"));
        executor.run(() -> read(session, locations), doc -> {
            if (gen == generation) {
                document.set(doc);
            }
        }, e -> {
            if (gen == generation) {
                title.set("Could not read the source: " + UserFacingException.messageOf(e));
            }
        });
    }

    private SourceDocument read(ExplorerSession session, List<SourceLocation> locations) {
        List<SourceDocument.Excerpt> excerpts = new ArrayList<>();
        for (SourceLocation loc : locations) {
            String problem = null;
            Optional<String> text;
            try {
                text = files.computeIfAbsent(loc.file(), f -> {
                    try {
                        return session.readSource(f);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                text = Optional.empty();
                problem = "cannot read " + loc.file() + ": " + UserFacingException.messageOf(e.getCause());
            }
            if (text.isEmpty() && problem == null) {
                problem = loc.file() + " is not in the tree";
            }
            excerpts.add(new SourceDocument.Excerpt(loc, text.orElse(null), problem));
        }
        return SourceDocument.of(excerpts);
    }

    public ReadOnlyObjectProperty<SourceDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public SourceDocument document() {
        return document.get();
    }

    /** "NAME: 2 definitions", or why nothing is shown. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
