package org.kconfigexplorer.kconfig.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kconfigexplorer.kconfig.model.Choice;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.MenuNode;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;

/** The whole-configuration operations of conf: all*config, randconfig and savedefconfig. */
public final class ConfigModes {

    /** What conf_set_all_new_symbols gives symbols that have no user value yet. */
    public enum NewSymbols { DEFAULT, YES, MOD, NO }

    private ConfigModes() {
    }

    /**
     * conf_set_all_new_symbols: every prompted bool/tristate without a user value (choice
     * members excepted) gets {@code mode}'s value as its user value; DEFAULT changes nothing.
     */
    public static void setAllNewSymbols(KconfigModel model, NewSymbols mode) {
        if (mode == NewSymbols.DEFAULT) {
            model.changed();
            return;
        }
        Tristate value = mode == NewSymbols.YES ? Tristate.YES : mode == NewSymbols.MOD ? Tristate.MOD : Tristate.NO;
        List<KconfigModel.Assignment> assignments = new ArrayList<>();
        Set<Symbol> assigned = new HashSet<>();
        for (MenuNode node : model.allNodes()) {
            Symbol sym = node.symbol();
            if (sym == null || node.prompt() == null || sym.hasUserValue() || assigned.contains(sym)
                    || !sym.type().isTristateLike() || sym.choice() != null) {
                continue;
            }
            assigned.add(sym);
            assignments.add(new KconfigModel.Assignment(sym, value.text()));
        }
        model.addUserValues(assignments);
    }

    /**
     * KCONFIG_PROBABILITY as conf reads it: the percentages for a bool to become y, and for a
     * tristate to become y and m. Default 50 / 33 / 33.
     */
    public record Probabilities(int boolYes, int tristateYes, int tristateMod) {

        public static final Probabilities DEFAULT = new Probabilities(50, 33, 33);

        /**
         * Parses KCONFIG_PROBABILITY the way conf_set_all_new_symbols does: up to three
         * numbers 0..100 separated by ':'. One number is the bool-y percentage (tristates get
         * half of it as m, the rest as y); two are tristate-y and tristate-m (bools get their
         * sum); three are bool-y, tristate-y, tristate-m. Null or empty gives the default.
         *
         * @throws IllegalArgumentException where conf stops with "KCONFIG_PROBABILITY:
         *         Numerical result out of range": a number outside 0..100, or y + m above 100
         */
        public static Probabilities parse(String env) {
            int[] p = new int[3];
            int n = 0;
            int pos = 0;
            while (env != null && pos < env.length()) {
                // strtol(env, &endp, 10): blanks, a sign, digits; no digits leaves endp at env.
                int i = pos;
                while (i < env.length() && isCSpace(env.charAt(i))) {
                    i++;
                }
                boolean negative = false;
                if (i < env.length() && (env.charAt(i) == '+' || env.charAt(i) == '-')) {
                    negative = env.charAt(i) == '-';
                    i++;
                }
                int digitsStart = i;
                long value = 0;
                while (i < env.length() && env.charAt(i) >= '0' && env.charAt(i) <= '9') {
                    value = Math.min(value * 10 + (env.charAt(i) - '0'), Long.MAX_VALUE / 20);
                    i++;
                }
                int end = i == digitsStart ? pos : i;
                long tmp = negative ? -value : value;
                if (tmp < 0 || tmp > 100) {
                    throw new IllegalArgumentException("KCONFIG_PROBABILITY: Numerical result out of range");
                }
                p[n++] = (int) tmp;
                pos = end < env.length() && env.charAt(end) == ':' ? end + 1 : end;
                if (n >= 3) {
                    break;
                }
            }
            int pby = DEFAULT.boolYes;
            int pty = DEFAULT.tristateYes;
            int ptm = DEFAULT.tristateMod;
            switch (n) {
                case 1:
                    pby = p[0];
                    ptm = pby / 2;
                    pty = pby - ptm;
                    break;
                case 2:
                    pty = p[0];
                    ptm = p[1];
                    pby = pty + ptm;
                    break;
                case 3:
                    pby = p[0];
                    pty = p[1];
                    ptm = p[2];
                    break;
                default:
                    break;
            }
            if (pty + ptm > 100) {
                throw new IllegalArgumentException("KCONFIG_PROBABILITY: Numerical result out of range");
            }
            return new Probabilities(pby, pty, ptm);
        }

        private static boolean isCSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
        }
    }

    /**
     * The random numbers conf's randconfig draws: C's srand()/rand() as glibc implements them
     * (the additive feedback generator of random(3), TYPE_3, degree 31). With the same
     * KCONFIG_SEED, this yields the same sequence, so randconfig picks what conf picks.
     */
    public static final class CRandom {

        private static final int DEGREE = 31;
        private static final int SEPARATION = 3;
        private final int[] state = new int[DEGREE];
        private int front = SEPARATION;
        private int rear;

        /** srand(seed); the seed is a C unsigned int (only the low 32 bits count). */
        public CRandom(long seed) {
            int word = (int) seed;
            if (word == 0) {
                word = 1;
            }
            state[0] = word;
            for (int i = 1; i < DEGREE; i++) {
                // state[i] = (16807 * state[i - 1]) % 2147483647, without overflowing 31 bits.
                int hi = word / 127773;
                int lo = word % 127773;
                word = 16807 * lo - 2836 * hi;
                if (word < 0) {
                    word += 2147483647;
                }
                state[i] = word;
            }
            for (int i = 0; i < DEGREE * 10; i++) {
                next();
            }
        }

        /** rand(): a number in 0..RAND_MAX (2^31 - 1). */
        public int next() {
            state[front] += state[rear];
            int result = state[front] >>> 1;
            front++;
            rear++;
            if (front >= DEGREE) {
                front = 0;
            } else if (rear >= DEGREE) {
                rear = 0;
            }
            return result;
        }
    }

    /**
     * randconfig: conf_set_all_new_symbols(def_random) with {@code srand(seed)}. In menu order,
     * every prompted bool/tristate without a user value gets a random user value (y with
     * {@code p.boolYes()} percent for bools; y or m with {@code p.tristateYes()} /
     * {@code p.tristateMod()} percent for tristates), and every choice has its members without
     * a user value set to y in a random order (randomize_choice_values): each is queued behind
     * the members the user already set (KCONFIG_ALLCONFIG), so the first visible one picked wins
     * unless the user chose. Symbols with a user value keep it.
     *
     * @param seed KCONFIG_SEED (a C unsigned int)
     */
    public static void randomize(KconfigModel model, long seed, Probabilities p) {
        randomize(model, new CRandom(seed), p);
    }

    /** {@link #randomize(KconfigModel, long, Probabilities)} with a given random source. */
    public static void randomize(KconfigModel model, CRandom random, Probabilities p) {
        // Nothing is evaluated while conf draws, so draw everything first, then apply.
        List<KconfigModel.Assignment> assignments = new ArrayList<>();
        Set<Symbol> assigned = new HashSet<>();
        Map<Choice, List<Symbol>> picks = new LinkedHashMap<>();
        for (MenuNode node : model.allNodes()) {
            if (node == model.root() || node.prompt() == null) {
                continue;
            }
            if (node.choice() != null) {
                randomizeChoice(node, random, assigned, picks.computeIfAbsent(node.choice(), c -> new ArrayList<>()));
                continue;
            }
            Symbol sym = node.symbol();
            if (sym == null || sym.hasUserValue() || assigned.contains(sym) || !sym.type().isTristateLike()
                    || sym.choice() != null) {
                continue;
            }
            Tristate value = Tristate.NO;
            int cnt = Math.floorMod(random.next(), 100);
            if (sym.type() == SymbolType.TRISTATE) {
                if (cnt < p.tristateYes()) {
                    value = Tristate.YES;
                } else if (cnt < p.tristateYes() + p.tristateMod()) {
                    value = Tristate.MOD;
                }
            } else if (cnt < p.boolYes()) {
                value = Tristate.YES;
            }
            assigned.add(sym);
            assignments.add(new KconfigModel.Assignment(sym, value.text()));
        }
        // conf moves each pick to the tail of the choice's priority list, behind the members
        // that had a user value. addUserValues moves each assigned member to the front, so
        // assign the picks last-first, then re-assign the members that already had a value,
        // last-first too: the result is [had a value..., first pick, second pick, ...].
        for (Map.Entry<Choice, List<Symbol>> e : picks.entrySet()) {
            List<Symbol> chosen = e.getValue();
            for (int i = chosen.size() - 1; i >= 0; i--) {
                assignments.add(new KconfigModel.Assignment(chosen.get(i), "y"));
            }
            List<Symbol> kept = new ArrayList<>();
            for (Symbol member : e.getKey().priorityOrder()) {
                if (member.hasUserValue()) {
                    kept.add(member);
                }
            }
            for (int i = kept.size() - 1; i >= 0; i--) {
                assignments.add(new KconfigModel.Assignment(kept.get(i), kept.get(i).userValue()));
            }
        }
        model.addUserValues(assignments);
    }

    /** randomize_choice_values: sets the members without a user value to y in a random order. */
    private static void randomizeChoice(MenuNode choiceNode, CRandom random, Set<Symbol> assigned,
                                        List<Symbol> order) {
        List<Symbol> candidates = new ArrayList<>();
        collectSubEntrySymbols(choiceNode, candidates);
        List<Symbol> open = new ArrayList<>();
        for (Symbol sym : candidates) {
            if (!sym.hasUserValue() && !assigned.contains(sym)) {
                open.add(sym);
            }
        }
        // Counted per sub-entry, as conf walks menus: a symbol defined twice counts twice.
        int cnt = open.size();
        while (cnt > 0) {
            int x = Math.floorMod(random.next(), cnt);
            for (Symbol sym : candidates) {
                if (!sym.hasUserValue() && !assigned.contains(sym)) {
                    x--;
                }
                if (x < 0) {
                    assigned.add(sym);
                    order.add(sym);
                    break;
                }
            }
            cnt--;
        }
    }

    private static void collectSubEntrySymbols(MenuNode parent, List<Symbol> out) {
        for (MenuNode child : parent.children()) {
            if (child.symbol() != null) {
                out.add(child.symbol());
            }
            collectSubEntrySymbols(child, out);
        }
    }

    /** conf_write_defconfig: the minimal configuration that reproduces the current one. */
    public static String savedefconfig(KconfigModel model) {
        model.changed();
        StringBuilder out = new StringBuilder();
        Set<Symbol> handled = new HashSet<>();
        for (MenuNode node : model.allNodes()) {
            Symbol sym = node.symbol();
            if (sym == null || !handled.add(sym)) {
                continue;
            }
            if (!sym.isWritten() || !sym.isChangeable()) {
                continue;
            }
            if (sym.stringValue().equals(model.defaultValue(sym))) {
                continue;
            }
            if (sym.choice() != null && sym == model.choiceDefault(sym.choice()) && sym.tristateValue() == Tristate.YES) {
                continue;
            }
            out.append(ConfigWriter.symbolLine(sym));
        }
        return out.toString();
    }
}
