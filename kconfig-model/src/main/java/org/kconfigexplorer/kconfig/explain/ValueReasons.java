package org.kconfigexplorer.kconfig.explain;

import java.util.ArrayList;
import java.util.List;
import org.kconfigexplorer.kconfig.model.Choice;
import org.kconfigexplorer.kconfig.model.DefaultValue;
import org.kconfigexplorer.kconfig.model.Expr;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.RangeProperty;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.Tristate;

/** Where a symbol's value came from, following the steps of conf's sym_calc_value. */
final class ValueReasons {

    private final KconfigModel model;
    private final Symbol sym;
    private final ReverseIndex index;
    private final List<ValueReason> out = new ArrayList<>();

    private ValueReasons(KconfigModel model, Symbol sym, ReverseIndex index) {
        this.model = model;
        this.sym = sym;
        this.index = index;
    }

    static List<ValueReason> of(KconfigModel model, Symbol sym, ReverseIndex index) {
        ValueReasons r = new ValueReasons(model, sym, index);
        r.compute();
        return r.out;
    }

    private void compute() {
        sym.stringValue();
        if (!sym.isDefined()) {
            out.add(ValueReason.of(ValueReason.Kind.UNDEFINED, "not defined in this tree: always n"));
        } else if (sym.isTransitional()) {
            out.add(ValueReason.of(ValueReason.Kind.TRANSITIONAL,
                    "transitional: passes on the value of an old .config (" + sym.userValue() + "), never written"));
        } else if (sym.choice() != null) {
            choiceMember(sym.choice());
        } else if (sym.type().isTristateLike()) {
            tristate();
        } else {
            valued();
        }
    }

    private boolean userValueCounts() {
        if (sym.userValue() == null) {
            return false;
        }
        if (sym.visibility() == Tristate.NO) {
            out.add(ValueReason.of(ValueReason.Kind.USER_VALUE_IGNORED, "the user value " + sym.userValue()
                    + " is ignored: " + sym.name() + " is not visible (every prompt's condition is n)"));
            return false;
        }
        out.add(ValueReason.of(ValueReason.Kind.USER_VALUE, "set by the user to " + sym.userValue()));
        return true;
    }

    private void tristate() {
        if (userValueCounts()) {
            Tristate user = Tristate.fromLetter(sym.userValue().charAt(0));
            if (user != null && user.compareTo(sym.visibility()) > 0) {
                out.add(ValueReason.of(ValueReason.Kind.USER_VALUE_LIMITED,
                        "limited to " + sym.visibility().text() + " by the prompt's condition"));
            }
        } else {
            defaultReason();
            if (sym.weakReverseDepsValue() != Tristate.NO) {
                List<String> who = active(index.impliersOf(sym));
                out.add(new ValueReason(ValueReason.Kind.IMPLY, "implied by " + String.join(", ", who)
                        + " (at most its dependencies allow: " + sym.directDepsValue().text() + ")",
                        null, ExprFormatter.formatWithValues(sym.weakReverseDeps()), who));
            }
        }
        if (sym.reverseDepsValue() != Tristate.NO) {
            List<String> who = active(index.selectorsOf(sym));
            out.add(new ValueReason(ValueReason.Kind.SELECT, "selected (at least " + sym.reverseDepsValue().text()
                    + ") by " + String.join(", ", who), null, ExprFormatter.formatWithValues(sym.reverseDeps()), who));
        }
    }

    private void valued() {
        String before;
        if (userValueCounts()) {
            before = sym.userValue();
        } else {
            DefaultValue def = defaultReason();
            before = def != null && def.value() instanceof Expr.Sym s ? s.symbol().stringValue() : null;
        }
        RangeProperty range = model.activeRange(sym);
        if (range != null && before != null && !before.equals(sym.stringValue())) {
            out.add(new ValueReason(ValueReason.Kind.RANGE_CLAMP, before + " is outside the range "
                    + range.low().stringValue() + ".." + range.high().stringValue() + ": clamped to "
                    + sym.stringValue(), String.valueOf(range.location()),
                    "range " + ExprFormatter.operand(range.low()) + " " + ExprFormatter.operand(range.high())
                            + (range.condition() == null ? "" : " if " + ExprFormatter.formatWithValues(range.condition())),
                    List.of()));
        }
    }

    private DefaultValue defaultReason() {
        DefaultValue def = model.activeDefault(sym);
        if (def != null) {
            String expr = "default " + ExprFormatter.format(def.value())
                    + (def.condition() == null ? "" : " if " + ExprFormatter.formatWithValues(def.condition()));
            String text = sym.type().isTristateLike()
                    ? "default " + model.evaluate(def.value()).and(model.evaluate(def.condition())).text()
                    : "default " + (def.value() instanceof Expr.Sym s ? s.symbol().stringValue() : "");
            out.add(new ValueReason(ValueReason.Kind.DEFAULT, text + " from " + def.location(),
                    String.valueOf(def.location()), expr, List.of()));
        } else if (sym.defaults().isEmpty()) {
            out.add(ValueReason.of(ValueReason.Kind.NO_DEFAULT, "no default: the type's zero value"));
        } else {
            out.add(ValueReason.of(ValueReason.Kind.NO_DEFAULT,
                    "no default applies (every default's condition is n): the type's zero value"));
        }
        return def;
    }

    private void choiceMember(Choice choice) {
        Symbol selection = model.choiceSelection(choice);
        if (sym.visibility() == Tristate.NO) {
            out.add(ValueReason.of(ValueReason.Kind.CHOICE_NOT_SELECTED,
                    "a choice member whose prompt's condition is n: n"));
        } else if (selection != sym) {
            out.add(new ValueReason(ValueReason.Kind.CHOICE_NOT_SELECTED, "the choice selects "
                    + (selection == null ? "nothing" : selection.name()), null, null,
                    selection == null ? List.of() : List.of(selection.name())));
        } else if (sym.userValue() != null && Tristate.fromLetter(sym.userValue().charAt(0)) == Tristate.YES) {
            out.add(ValueReason.of(ValueReason.Kind.CHOICE_USER_PICK, "picked by the user in its choice"));
        } else if (model.choiceDefault(choice) == sym) {
            DefaultValue def = model.activeDefault(choice);
            out.add(new ValueReason(ValueReason.Kind.CHOICE_DEFAULT, "the choice's default",
                    def == null ? null : String.valueOf(def.location()),
                    def == null ? null : "default " + ExprFormatter.format(def.value()), List.of()));
        } else {
            out.add(ValueReason.of(ValueReason.Kind.CHOICE_FIRST_VISIBLE,
                    "the first visible member without a user value"));
        }
    }

    private static List<String> active(List<ReverseIndex.Edge> edges) {
        List<String> names = new ArrayList<>();
        for (ReverseIndex.Edge e : edges) {
            if (e.source().tristateValue().and(e.source().model().evaluate(e.property().condition())) != Tristate.NO) {
                names.add(e.source().name());
            }
        }
        return names;
    }
}
