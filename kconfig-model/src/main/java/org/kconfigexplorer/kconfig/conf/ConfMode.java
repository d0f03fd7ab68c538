package org.kconfigexplorer.kconfig.conf;

import java.util.Locale;

/** The input modes of scripts/kconfig/conf that Kconfig Explorer implements. */
public enum ConfMode {
    OLDDEFCONFIG, DEFCONFIG, SAVEDEFCONFIG, ALLDEFCONFIG, ALLNOCONFIG, ALLYESCONFIG, ALLMODCONFIG, LISTNEWCONFIG,
    /** New config with random answers (KCONFIG_SEED, KCONFIG_PROBABILITY, KCONFIG_ALLCONFIG). */
    RANDCONFIG;

    /** The name as conf spells it, e.g. "olddefconfig". */
    public String confName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name KCONFIG_ALLCONFIG=1 looks for first, e.g. "allno.config" (null if none). */
    String allConfigName() {
        switch (this) {
            case ALLNOCONFIG: return "allno.config";
            case ALLYESCONFIG: return "allyes.config";
            case ALLMODCONFIG: return "allmod.config";
            case ALLDEFCONFIG: return "alldef.config";
            case RANDCONFIG: return "allrandom.config";
            default: return null;
        }
    }

    boolean isAllConfig() {
        return allConfigName() != null;
    }
}
