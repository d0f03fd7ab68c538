package org.kconfigexplorer.kconfig.fix;

import java.util.Map;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/** Parses the same tree again with another toolchain profile (macros are expanded at parse time). */
@FunctionalInterface
public interface ModelLoader {

    /** A freshly parsed model, and what each $(shell,...) command's answer came from. */
    record Loaded(KconfigModel model, Map<String, String> provenance) { }

    Loaded load(ToolchainProfile profile);
}
