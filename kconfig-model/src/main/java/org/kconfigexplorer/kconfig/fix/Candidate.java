package org.kconfigexplorer.kconfig.fix;

import java.util.List;
import java.util.Map;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/**
 * A solver answer before verification.
 *
 * @param changes    the user-settable symbols whose value differs from now, with the new value
 * @param coneValues the solver's value for every user-settable symbol of the cone (for repairs)
 * @param toolchain  the toolchain facts that must differ from now (empty: options alone suffice)
 */
record Candidate(Map<Symbol, Tristate> changes, Map<Symbol, Tristate> coneValues, List<ConeEncoder.Cost> toolchain) { }
