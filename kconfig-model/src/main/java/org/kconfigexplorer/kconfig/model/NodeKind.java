package org.kconfigexplorer.kconfig.model;

/** What kind of entry created a menu node. */
public enum NodeKind {
    ROOT, CONFIG, MENUCONFIG, CHOICE, MENU, COMMENT, IF
}
