package org.kconfigexplorer.app.ui.opentree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kconfigexplorer.kconfig.kernel.KernelEnvironment;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * The "Open kernel tree" dialog's state: the folder, the ARCH (from the arches the tree has),
 * and the toolchain choice: a profile, or explicitly the host toolchain (the tree's commands
 * run on this machine).
 */
public final class OpenTreeViewModel {

    /** Plain words for the host toolchain choice, used by the dialog. */
    public static final String HOST_CHOICE = "Host toolchain: run the tree's $(shell,...) commands on this machine";
    public static final String HOST_WARNING = "Commands written in this kernel tree's Kconfig files will be executed "
            + "with /bin/sh on this computer, as \u201cmake menuconfig\u201d would. Choose this only for trees you trust.";

    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ObservableList<String> arches = FXCollections.observableArrayList();
    private final StringProperty arch = new SimpleStringProperty(this, "arch");
    private final BooleanProperty host = new SimpleBooleanProperty(this, "host");
    private final ObservableList<ToolchainProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ToolchainProfile> profile = new SimpleObjectProperty<>(this, "profile");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public OpenTreeViewModel(List<ToolchainProfile> profiles, ToolchainProfile initial) {
        this.profiles.setAll(profiles);
        profile.set(initial != null ? initial : profiles.isEmpty() ? null : profiles.get(0));
        folder.addListener((obs, old, now) -> scan());
        arch.addListener((obs, old, now) -> check());
        host.addListener((obs, old, now) -> check());
        profile.addListener((obs, old, now) -> check());
        check();
    }

    /** The ARCH values a tree offers: one per arch/DIR with a Kconfig; x86 as x86_64 and i386. */
    public static List<String> archesOf(Path srctree) {
        Path archDir = srctree.resolve("arch");
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(archDir)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(archDir)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("Kconfig"))).map(d -> d.getFileName().toString()).sorted()
                    .forEach(name -> {
                        if (name.equals("x86")) {
                            out.add("x86_64");
                            out.add("i386");
                        } else {
                            out.add(name);
                        }
                    });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private void scan() {
        String text = folder.get() == null ? "" : folder.get().strip();
        List<String> found = text.isEmpty() ? List.of() : archesOf(Path.of(text));
        String previous = arch.get();
        arches.setAll(found);
        if (previous != null && found.contains(previous)) {
            arch.set(previous);
        } else if (found.contains("x86_64")) {
            arch.set("x86_64");
        } else {
            arch.set(found.isEmpty() ? null : found.get(0));
        }
        check();
    }

    private void check() {
        problem.set(whyNot().orElse(""));
    }

    private Optional<String> whyNot() {
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            return Optional.of("Choose the kernel source folder");
        }
        Path dir = Path.of(text);
        if (!Files.isDirectory(dir)) {
            return Optional.of(text + " is not a folder");
        }
        if (!Files.isRegularFile(dir.resolve("Kconfig"))) {
            return Optional.of("This folder has no top-level Kconfig file: is it a kernel source tree?");
        }
        if (arches.isEmpty()) {
            return Optional.of("This tree has no arch/*/Kconfig");
        }
        if (arch.get() == null || !Files.isDirectory(dir.resolve("arch").resolve(KernelEnvironment.srcArch(arch.get())))) {
            return Optional.of("Choose an ARCH");
        }
        if (!host.get() && profile.get() == null) {
            return Optional.of("Choose a toolchain profile (or the host toolchain)");
        }
        return Optional.empty();
    }

    /** The tree to open, when the choices are complete. */
    public Optional<KernelTreeSource> request() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        Path dir = Path.of(folder.get().strip()).toAbsolutePath().normalize();
        return Optional.of(host.get() ? KernelTreeSource.onHost(dir, arch.get())
                : KernelTreeSource.withProfile(dir, arch.get()));
    }

    /** The profile to open with (profile mode), with the chosen ARCH. */
    public ToolchainProfile chosenProfile() {
        ToolchainProfile p = profile.get();
        return p == null || arch.get() == null ? p : p.withArch(arch.get());
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ObservableList<String> arches() {
        return arches;
    }

    public StringProperty archProperty() {
        return arch;
    }

    /** True: host toolchain mode was chosen explicitly. */
    public BooleanProperty hostProperty() {
        return host;
    }

    public ObservableList<ToolchainProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<ToolchainProfile> profileProperty() {
        return profile;
    }

    /** Why the tree cannot be opened yet; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
