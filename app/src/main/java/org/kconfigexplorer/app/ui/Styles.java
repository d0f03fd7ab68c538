package org.kconfigexplorer.app.ui;

/**
 * Every style class and id the explorer's views set, in one place. The themes
 * ({@code resources/themes/*.css}) style these names; tests look nodes up by them.
 */
public final class Styles {

    private Styles() {
    }

    // ---- whole window ----
    public static final String EXPLORER = "kx-explorer";
    public static final String TOOLBAR = "kx-toolbar";
    public static final String STATUS_BAR = "kx-status-bar";
    public static final String STATUS_TEXT = "kx-status-text";
    public static final String BUSY = "kx-busy";
    /** A region of the explorer window that takes the theme and the text size on its own (WindowRegions). */
    public static final String REGION = "kx-region";
    /** Over the tree and the side panel while a tree loads. */
    public static final String BUSY_VEIL = "kx-busy-veil";
    /** On every alert's and dialog's pane (styled like the window: theme and text size). */
    public static final String DIALOG = "kx-dialog";

    // ---- menu tree ----
    public static final String OPTION_TREE = "kx-option-tree";
    public static final String OPTION_CELL = "kx-option-cell";
    public static final String OPTION_TOGGLE = "kx-option-toggle";
    public static final String OPTION_MENU = "kx-option-menu";
    public static final String OPTION_COMMENT = "kx-option-comment";
    public static final String OPTION_HIDDEN = "kx-option-hidden";
    public static final String OPTION_FACT = "kx-option-fact";
    public static final String VALUE_CELL = "kx-value-cell";
    public static final String VALUE_YES = "kx-value-yes";
    public static final String VALUE_MOD = "kx-value-mod";
    public static final String VALUE_NO = "kx-value-no";
    public static final String TYPE_CELL = "kx-type-cell";
    /** Split view: the list of submenus, one entry of it, and the path above the option list. */
    public static final String MENU_LIST = "kx-menu-list";
    public static final String MENU_LIST_CELL = "kx-menu-list-cell";
    public static final String MENU_PATH = "kx-menu-path";

    // ---- details ----
    public static final String DETAILS = "kx-details";
    public static final String DETAILS_TITLE = "kx-details-title";
    public static final String DETAILS_PROMPT = "kx-details-prompt";
    public static final String DETAILS_KEY = "kx-details-key";
    public static final String DETAILS_VALUE = "kx-details-value";
    public static final String SECTION_TITLE = "kx-section-title";
    /** The help's text (a text node) and the flow it is in. */
    public static final String HELP_TEXT = "kx-help-text";
    public static final String HELP = "kx-help";
    public static final String VALUE_CHOOSER = "kx-value-chooser";
    public static final String PLACEHOLDER = "kx-placeholder";

    // ---- preconditions ----
    public static final String CONDITION_TREE = "kx-condition-tree";
    public static final String CONDITION_CELL = "kx-condition-cell";
    public static final String CONDITION_MET = "kx-condition-met";
    public static final String CONDITION_UNMET = "kx-condition-unmet";
    /** With CONDITION_UNMET: an unmet alternative that blocks nothing, drawn muted. */
    public static final String CONDITION_NOT_NEEDED = "kx-condition-not-needed";
    public static final String CONDITION_BADGE = "kx-condition-badge";
    public static final String CONDITION_TERM = "kx-condition-term";
    public static final String CONDITION_VALUE = "kx-condition-value";
    public static final String CONDITION_DETAIL = "kx-condition-detail";
    public static final String VERDICT = "kx-verdict";
    public static final String ADVICE = "kx-advice";
    public static final String ADVICE_ITEM = "kx-advice-item";

    // ---- problems ----
    public static final String PROBLEMS = "kx-problems";
    public static final String PROBLEM_ERROR = "kx-problem-error";
    public static final String PROBLEM_WARNING = "kx-problem-warning";
    public static final String PROBLEM_INFO = "kx-problem-info";

    // ---- dependency graph ----
    public static final String GRAPH = "kx-graph";
    public static final String GRAPH_TOOLBAR = "kx-graph-toolbar";
    public static final String GRAPH_VIEWPORT = "kx-graph-viewport";
    public static final String GRAPH_NODE = "kx-graph-node";
    public static final String GRAPH_NODE_TITLE = "kx-graph-node-title";
    public static final String GRAPH_NODE_SUBTITLE = "kx-graph-node-subtitle";
    /** With GRAPH_NODE: the symbol the graph is centred on. */
    public static final String GRAPH_CENTER = "kx-graph-center";
    /** With GRAPH_NODE: a value that is not y, m or n. */
    public static final String VALUE_OTHER = "kx-value-other";
    public static final String GRAPH_EDGE = "kx-graph-edge";
    public static final String GRAPH_ARROW = "kx-graph-arrow";
    /** With GRAPH_EDGE or GRAPH_ARROW: the relation does not hold now (dependency unmet, select not in effect). */
    public static final String GRAPH_EDGE_UNMET = "kx-graph-edge-unmet";
    /** The cross drawn on an edge that does not hold (so colour is not the only signal). */
    public static final String GRAPH_EDGE_MARK = "kx-graph-edge-mark";
    /** Prefix of an edge's kind class: kx-edge-depends-on, kx-edge-selects, kx-edge-implies, kx-edge-visible-if. */
    public static final String GRAPH_EDGE_KIND_PREFIX = "kx-edge-";
    public static final String GRAPH_LEGEND = "kx-graph-legend";
    public static final String GRAPH_STATUS = "kx-graph-status";
    /** On the graph view while presentation mode (large text) is on. */
    public static final String GRAPH_PRESENTATION = "kx-graph-presentation";
    /** Around the graph's viewport: outlined while the viewport has the keyboard focus. */
    public static final String GRAPH_FRAME = "kx-graph-frame";
    /** With GRAPH_NODE: the box the keyboard focus is on. */
    public static final String GRAPH_NODE_FOCUSED = "kx-graph-node-focused";
    /** The ring drawn around the focused box while the graph has the keyboard focus. */
    public static final String GRAPH_FOCUS_RING = "kx-graph-focus-ring";
    /** The graph's keyboard help, shown under its toolbar by the Keys button. */
    public static final String GRAPH_KEYS_TEXT = "kx-graph-keys-text";

    // ---- Kconfig source and relations ----
    public static final String SOURCE = "kx-source";
    public static final String SOURCE_HEADER = "kx-source-header";
    public static final String SOURCE_AREA = "kx-source-area";
    /** A paragraph (line) of the source that is a definition's first line. */
    public static final String SOURCE_DEFINITION_LINE = "kx-source-definition";
    public static final String SOURCE_GUTTER = "kx-source-gutter";
    public static final String SOURCE_GUTTER_TEXT = "kx-source-gutter-text";
    public static final String SOURCE_MARKER = "kx-source-marker";
    /** Kconfig syntax classes of the source view. */
    public static final String KC_KEYWORD = "kx-kc-keyword";
    public static final String KC_TYPE = "kx-kc-type";
    public static final String KC_STRING = "kx-kc-string";
    public static final String KC_COMMENT = "kx-kc-comment";
    public static final String KC_HELP = "kx-kc-help";
    public static final String KC_SYMBOL = "kx-kc-symbol";
    public static final String KC_MACRO = "kx-kc-macro";
    public static final String KC_OPERATOR = "kx-kc-operator";
    public static final String RELATIONS = "kx-relations";
    public static final String RELATION_KIND = "kx-relation-kind";
    public static final String RELATION_LINK = "kx-relation-link";
    /** The "+N more" link after the first links of a long relation. */
    public static final String RELATION_MORE = "kx-relation-more";

    // ---- search panel ----
    public static final String SEARCH = "kx-search";
    public static final String SEARCH_RESULT = "kx-search-result";
    public static final String SEARCH_RESULT_NAME = "kx-search-result-name";
    public static final String SEARCH_RESULT_TEXT = "kx-search-result-text";
    public static final String SEARCH_HIDDEN = "kx-search-hidden";
    public static final String SEARCH_STATUS = "kx-search-status";
    public static final String SEARCH_ERROR = "kx-search-error";

    // ---- open tree, toolchain panel, changes, value editing ----
    public static final String SIDE_TABS = "kx-side-tabs";
    /** The split pane between the option tree and the side panels (no background of its own). */
    public static final String MAIN_SPLIT = "kx-main-split";
    public static final String PANEL = "kx-panel";
    public static final String PANEL_NOTE = "kx-panel-note";
    public static final String HOST_WARNING = "kx-host-warning";
    public static final String FIELD_ERROR = "kx-field-error";
    public static final String FIELD_AFFECTS = "kx-field-affects";
    public static final String FIELD_GRID = "kx-field-grid";
    public static final String MONO_TEXT = "kx-mono-text";
    public static final String VALUE_EDITOR = "kx-value-editor";
    public static final String PROGRESS = "kx-progress";
    public static final String CHANGE_ROW = "kx-change-row";
    /** The Open-kernel-tree dialog's content: a width in em, so its texts wrap. */
    public static final String OPEN_TREE = "kx-open-tree";
    /** The scroll pane around the Open-tree dialog's content (it scrolls on screens too small for it). */
    public static final String OPEN_TREE_SCROLL = "kx-open-tree-scroll";
    /** Its toolchain profile list: a width in em, long names shortened. */
    public static final String OPEN_TREE_PROFILE = "kx-open-tree-profile";

    // ---- fix suggestions (details, under the preconditions) ----
    public static final String FIX = "kx-fix";
    public static final String FIX_REQUEST = "kx-fix-request";
    public static final String FIX_STATUS = "kx-fix-status";
    public static final String FIX_UNREACHABLE = "kx-fix-unreachable";
    public static final String FIX_SUGGESTION = "kx-fix-suggestion";
    public static final String FIX_SUGGESTION_TITLE = "kx-fix-suggestion-title";
    /** A line of a suggestion: a profile change, an option change, a conflict, a side effect. */
    public static final String FIX_PROFILE = "kx-fix-profile";
    public static final String FIX_OPTION = "kx-fix-option";
    public static final String FIX_CONFLICT = "kx-fix-conflict";
    public static final String FIX_SIDE_EFFECT = "kx-fix-side-effect";
    public static final String FIX_APPLY = "kx-fix-apply";

    // ---- pseudo-classes (states that come and go) ----
    /** A menu-tree row that conf would not show now (its dependencies are unmet). */
    public static final String PSEUDO_UNAVAILABLE = "unavailable";
    /** A menu-tree row for a menu, menuconfig or choice. */
    public static final String PSEUDO_MENU = "menu";
    /** A menu-tree row for a symbol without prompt (toolchain or tree fact). */
    public static final String PSEUDO_FACT = "fact";
    /** The value button that shows the current value. */
    public static final String PSEUDO_CURRENT = "current";

    /** Ids of the controls tests and keyboard shortcuts reach. */
    public static final class Ids {
        private Ids() {
        }

        public static final String PRESET_COMBO = "presetCombo";
        public static final String SEARCH_FIELD = "searchField";
        public static final String RUST_HELPERS_BUTTON = "rustInlineHelpersButton";
        public static final String EXPORT_BUTTON = "exportButton";
        public static final String THEME_TOGGLE = "themeToggle";
        public static final String OPTION_TREE = "optionTree";
        public static final String MENU_LIST = "menuList";
        public static final String GRAPH_LEGEND_PANE = "graphLegendPane";
        /** The in-place editors of the Value column. */
        public static final String VALUE_CELL_FIELD = "valueCellField";
        public static final String VALUE_CELL_CHOICE = "valueCellChoice";
        public static final String MENU_PATH = "menuPath";
        public static final String SPLIT_VIEW_TOGGLE = "splitViewToggle";
        public static final String DETAILS_PANE = "detailsPane";
        public static final String DETAILS_NAME = "detailsName";
        public static final String DETAILS_VALUE = "detailsValue";
        public static final String VALUE_N = "valueN";
        public static final String VALUE_M = "valueM";
        public static final String VALUE_Y = "valueY";
        public static final String CONDITION_TREE = "conditionTree";
        public static final String VERDICT = "verdictLabel";
        public static final String ADVICE = "adviceBox";
        public static final String PROBLEMS_PANE = "problemsPane";
        public static final String PROBLEMS_LIST = "problemsList";
        public static final String STATUS_LABEL = "statusLabel";
        public static final String SOURCE_TAB = "sourceTab";
        public static final String GRAPH_TAB = "graphTab";
        public static final String GRAPH_VIEW = "graphView";
        public static final String GRAPH_VIEWPORT = "graphViewport";
        /** Prefix of the depth buttons: graphDepth1 ... graphDepth4. */
        public static final String GRAPH_DEPTH = "graphDepth";
        public static final String GRAPH_ZOOM_IN = "graphZoomIn";
        public static final String GRAPH_ZOOM_OUT = "graphZoomOut";
        public static final String GRAPH_ZOOM_FIT = "graphZoomFit";
        public static final String GRAPH_PRESENTATION = "graphPresentation";
        public static final String GRAPH_EXPORT_PNG = "graphExportPng";
        public static final String GRAPH_EXPORT_SVG = "graphExportSvg";
        public static final String GRAPH_STATUS = "graphStatus";
        /** The legend entry for edges that do not hold. */
        public static final String GRAPH_LEGEND_UNMET = "graphLegendUnmet";
        /** The Keys toggle of the graph toolbar, and the help text it shows. */
        public static final String GRAPH_KEYS_HELP = "graphKeysHelp";
        public static final String GRAPH_KEYS_TEXT = "graphKeysText";
        public static final String SOURCE_VIEW = "sourceView";
        public static final String RELATIONS = "relationsBox";
        public static final String SEARCH_PANEL_FIELD = "searchPanelField";
        public static final String SEARCH_REGEX = "searchRegex";
        public static final String SEARCH_RESULTS = "searchResults";
        public static final String SEARCH_STATUS = "searchStatus";

        // open kernel tree
        public static final String OPEN_TREE_BUTTON = "openTreeButton";
        public static final String TREE_FOLDER_FIELD = "treeFolderField";
        public static final String CHOOSE_FOLDER_BUTTON = "chooseFolderButton";
        public static final String ARCH_COMBO = "archCombo";
        public static final String PROFILE_MODE_RADIO = "profileModeRadio";
        public static final String HOST_MODE_RADIO = "hostModeRadio";
        public static final String OPEN_PROFILE_COMBO = "openProfileCombo";
        public static final String OPEN_TREE_PROBLEM = "openTreeProblem";
        public static final String OPEN_TREE_OK = "openTreeOk";
        public static final String PROGRESS_LABEL = "progressLabel";
        public static final String CANCEL_LOAD_BUTTON = "cancelLoadButton";

        // menu tree filters, undo
        public static final String FILTER_COMBO = "filterCombo";
        public static final String UNDO_BUTTON = "undoButton";
        public static final String REDO_BUTTON = "redoButton";
        public static final String MENU_BAR = "menuBar";

        // the side panel's tabs: Details | Source | Graph | Toolchain | Changes
        public static final String SIDE_TABS = "sideTabs";
        public static final String DETAILS_TAB = "detailsTab";
        public static final String TOOLCHAIN_TAB = "toolchainTab";
        public static final String CHANGES_TAB = "changesTab";

        // value editing in the details
        public static final String VALUE_FIELD = "valueField";
        public static final String SET_VALUE_BUTTON = "setValueButton";
        public static final String VALUE_ERROR = "valueError";
        public static final String DETAILS_TOOLCHAIN_FIELDS = "detailsToolchainFields";

        // toolchain panel
        public static final String TOOLCHAIN_PANEL = "toolchainPanel";
        public static final String TOOLCHAIN_MODE = "toolchainMode";
        public static final String DETECT_BUTTON = "detectButton";
        public static final String DETECT_OUTPUT = "detectOutput";
        public static final String APPLY_DETECTED_BUTTON = "applyDetectedButton";
        public static final String DISCARD_DETECTED_BUTTON = "discardDetectedButton";
        public static final String LOAD_PROFILE_BUTTON = "loadProfileButton";
        public static final String SAVE_PROFILE_BUTTON = "saveProfileButton";
        public static final String PROFILE_ERRORS = "profileErrors";
        public static final String ASSUMPTIONS_LIST = "assumptionsList";

        /** Id of a toolchain field's editor: "field-cc.version". */
        public static String field(String path) {
            return "field-" + path.replace('.', '-');
        }

        /** Id of a toolchain field's error label. */
        public static String fieldError(String path) {
            return "error-" + path.replace('.', '-');
        }

        /** Id of a toolchain field's "affects" label. */
        public static String fieldAffects(String path) {
            return "affects-" + path.replace('.', '-');
        }

        // changes
        public static final String CHANGES_LIST = "changesList";
        public static final String BASELINE_COMBO = "baselineCombo";
        public static final String REVERT_BUTTON = "revertButton";
        public static final String COMPARISON_LIST = "comparisonList";
        public static final String LOAD_CONFIG_BUTTON = "loadConfigButton";
        public static final String SAVE_CONFIG_BUTTON = "saveConfigButton";
        public static final String COMPARE_BUTTON = "compareButton";
        public static final String FIX_SECTION = "fixSection";
        public static final String FIX_TARGET = "fixTarget";
        public static final String FIX_TARGET_FIELD = "fixTargetField";
        public static final String FIX_SUGGEST_BUTTON = "suggestFixesButton";
        public static final String FIX_STATUS = "fixStatus";
        public static final String FIX_REASON = "fixReason";
        public static final String FIX_BLOCKING = "fixBlocking";
        public static final String FIX_SUGGESTIONS = "fixSuggestions";
    }
}
