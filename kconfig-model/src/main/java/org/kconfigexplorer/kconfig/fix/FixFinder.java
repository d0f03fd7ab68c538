package org.kconfigexplorer.kconfig.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kconfigexplorer.kconfig.explain.DependencyNode;
import org.kconfigexplorer.kconfig.explain.ExprFormatter;
import org.kconfigexplorer.kconfig.explain.Preconditions;
import org.kconfigexplorer.kconfig.explain.ToolchainProvenance;
import org.kconfigexplorer.kconfig.model.KconfigModel;
import org.kconfigexplorer.kconfig.model.Prompt;
import org.kconfigexplorer.kconfig.model.Symbol;
import org.kconfigexplorer.kconfig.model.SymbolType;
import org.kconfigexplorer.kconfig.model.Tristate;
import org.kconfigexplorer.kconfig.model.ValueValidator;
import org.kconfigexplorer.kconfig.toolchain.MinToolVersions;
import org.kconfigexplorer.kconfig.toolchain.ToolchainProfile;

/**
 * Finds the smallest verified change sets that give a symbol a requested value: option
 * settings found by {@link MinimalChanges} over the {@link ConeEncoder cone} of the request,
 * and, when the toolchain blocks it, profile changes from {@link ProfileMutations} (each
 * verified on the tree re-parsed with the changed profile). Only suggestions that really reach
 * the request are returned; the model's user values are left as they were.
 */
public final class FixFinder {

    /**
     * Search bounds.
     *
     * @param maxSuggestions how many alternatives to return
     * @param maxChanges     the largest number of option changes considered
     * @param coneLimit      the most symbols encoded; beyond it symbols keep their value
     * @param timeBudgetMillis wall time for the whole search
     */
    public record Options(int maxSuggestions, int maxChanges, int coneLimit, long timeBudgetMillis) {
        public static Options defaults() {
            return new Options(5, 16, 6000, 20_000);
        }

        public Options withMaxSuggestions(int n) {
            return new Options(n, maxChanges, coneLimit, timeBudgetMillis);
        }
    }

    /** The toolchain side: the profile the model was parsed with and how to parse with another. */
    public record Toolchain(ToolchainProfile profile, Map<String, String> provenance, MinToolVersions minimums,
                            ModelLoader loader) { }

    private final KconfigModel model;
    private final Toolchain toolchain;

    /** @param toolchain null when the facts come from the host (no profile to change) */
    public FixFinder(KconfigModel model, Toolchain toolchain) {
        this.model = model;
        this.toolchain = toolchain;
    }

    public FixResult find(FixRequest request, Options options) {
        return find(request, options, s -> { });
    }

    /**
     * @param onVerified called with each suggestion as soon as it is verified (before ranking)
     * @throws IllegalArgumentException for an unknown symbol or a value its type cannot take
     */
    public FixResult find(FixRequest request, Options options, Consumer<FixSuggestion> onVerified) {
        Symbol target = model.symbol(request.symbol());
        if (target == null || !target.isDefined()) {
            throw new IllegalArgumentException("unknown symbol " + request.symbol());
        }
        String value = checkValue(target, request.value());
        long deadline = System.nanoTime() + options.timeBudgetMillis() * 1_000_000;
        String current = target.stringValue();
        List<String> bounds = List.of("at most " + options.maxChanges() + " option changes",
                "cone of at most " + options.coneLimit() + " symbols (others keep their value)",
                "MODULES and int/hex/string symbols keep their value",
                toolchain == null ? "toolchain facts fixed (host toolchain)" : "profile changes from the catalogue");
        if (FixVerifier.sameValue(target, current, value)) {
            return new FixResult(target.name(), value, current, FixResult.Status.ALREADY, List.of(), null, null,
                    bounds, 0, 0);
        }
        Search search = new Search(options, deadline, onVerified);
        boolean satisfiable = search.options(model, target.name(), value, List.of());
        boolean toolchainHelps = false;
        if (toolchain != null && search.found.size() < options.maxSuggestions()) {
            toolchainHelps = search.toolchain(target, value);
        }
        List<FixSuggestion> ranked = new ArrayList<>(search.found);
        ranked.sort(Comparator.comparingInt(FixSuggestion::size));
        if (ranked.size() > options.maxSuggestions()) {
            ranked = ranked.subList(0, options.maxSuggestions());
        }
        if (!ranked.isEmpty()) {
            return new FixResult(target.name(), value, current, FixResult.Status.FIXES, ranked, null, null, bounds,
                    search.coneSize, search.rejected);
        }
        return new FixResult(target.name(), value, current, FixResult.Status.UNREACHABLE, List.of(),
                reason(target, value, satisfiable, toolchainHelps, search), blocking(target, value), bounds,
                search.coneSize, search.rejected);
    }

    private static String checkValue(Symbol sym, String value) {
        String problem = ValueValidator.problem(sym, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SymbolType type = sym.type();
        if (type == SymbolType.HEX && !value.startsWith("0x") && !value.startsWith("0X")) {
            return "0x" + value;
        }
        return value;
    }

    /** One search: the verified suggestions so far and what the solver saw. */
    private final class Search {
        final Options options;
        final long deadline;
        final Consumer<FixSuggestion> onVerified;
        final List<FixSuggestion> found = new ArrayList<>();
        int rejected;
        int coneSize;
        boolean truncated;

        Search(Options options, long deadline, Consumer<FixSuggestion> onVerified) {
            this.options = options;
            this.deadline = deadline;
            this.onVerified = onVerified;
        }

        /** Option changes only, on {@code m}; returns whether the cone's clauses are satisfiable. */
        boolean options(KconfigModel m, String name, String value, List<ProfileChange> profileChanges) {
            Symbol target = m.symbol(name);
            ConeEncoder enc = new ConeEncoder(m, false, options.coneLimit());
            int t = enc.target(target, value);
            coneSize = Math.max(coneSize, enc.coneSize());
            truncated |= enc.truncated();
            MinimalChanges.Outcome o = new MinimalChanges(enc, t, Cnf.TRUE)
                    .search(options.maxSuggestions() + 3, options.maxChanges(), deadline);
            FixVerifier verifier = new FixVerifier(m, target, value, FixVerifier.baseline(m));
            Map<String, String> users = userValues(m);
            int kept = 0;
            for (Candidate c : o.candidates()) {
                if (kept >= options.maxSuggestions()) {
                    break;
                }
                FixSuggestion s = verifier.verify(c, profileChanges, users);
                if (s == null) {
                    rejected++;
                } else if (found.stream().noneMatch(f -> f.changes().equals(s.changes())
                        && f.profileChanges().equals(s.profileChanges()))) {
                    found.add(s);
                    kept++;
                    onVerified.accept(s);
                }
            }
            return o.satisfiable();
        }

        /** Profile changes: returns whether some toolchain facts would make the request satisfiable. */
        boolean toolchain(Symbol target, String value) {
            ConeEncoder enc = new ConeEncoder(model, true, options.coneLimit());
            int t = enc.target(target, value);
            List<Integer> toolchainLits = new ArrayList<>();
            for (ConeEncoder.Cost c : enc.costs) {
                if (c.toolchain()) {
                    toolchainLits.add(c.lit());
                }
            }
            if (toolchainLits.isEmpty()) {
                return false;
            }
            int anyToolchain = enc.cnf.or(toolchainLits);
            MinimalChanges.Outcome o = new MinimalChanges(enc, t, anyToolchain)
                    .search(options.maxSuggestions(), options.maxChanges(), deadline);
            Set<Symbol> needed = new LinkedHashSet<>();
            for (Candidate c : o.candidates()) {
                for (ConeEncoder.Cost cost : c.toolchain()) {
                    needed.addAll(cost.toolchainSymbols());
                }
            }
            Set<String> fields = new LinkedHashSet<>();
            for (Symbol s : needed) {
                fields.addAll(ToolchainProvenance.fields(model, s, toolchain.provenance()));
            }
            for (ProfileMutations.Mutation mutation : ProfileMutations.applicable(toolchain.profile(),
                    toolchain.minimums(), fields)) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                ModelLoader.Loaded loaded = toolchain.loader().load(mutation.result());
                KconfigModel other = loaded.model();
                List<KconfigModel.Assignment> carried = new ArrayList<>();
                userValues(model).forEach((n, v) -> {
                    Symbol s = other.symbol(n);
                    if (s != null) {
                        carried.add(new KconfigModel.Assignment(s, v));
                    }
                });
                other.replaceUserValues(carried);
                Symbol there = other.symbol(target.name());
                if (there == null || !there.isDefined()) {
                    continue;
                }
                if (FixVerifier.sameValue(there, there.stringValue(), value)) {
                    FixSuggestion s = new FixSuggestion(List.of(mutation.change()), List.of(), List.of(), List.of());
                    found.add(s);
                    onVerified.accept(s);
                    continue;
                }
                options(other, target.name(), value, List.of(mutation.change()));
            }
            return o.satisfiable();
        }
    }

    private static Map<String, String> userValues(KconfigModel m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Symbol s : m.definedSymbols()) {
            if (s.hasUserValue()) {
                out.put(s.name(), s.userValue());
            }
        }
        return out;
    }

    private String reason(Symbol target, String value, boolean satisfiable, boolean toolchainHelps, Search search) {
        StringBuilder sb = new StringBuilder();
        if (!target.type().isTristateLike() && target.prompts().isEmpty()) {
            sb.append(target.name()).append(" has no prompt: only its defaults set it");
        } else if (target.type() == SymbolType.TRISTATE && value.equals("m") && target.effectiveType() == SymbolType.BOOL) {
            sb.append("m needs MODULES=y, and MODULES is n (this search keeps MODULES as it is)");
        } else if (!satisfiable) {
            sb.append("no setting of the options it depends on gives ").append(target.name()).append('=').append(value);
            if (toolchain != null) {
                sb.append(toolchainHelps ? "; other toolchain facts would, but no profile change of the catalogue "
                        + "reaches them" : ", whatever the toolchain facts");
            } else {
                sb.append(" with the toolchain facts as they are (host toolchain: no profile to change)");
            }
            if (search.truncated) {
                sb.append(" (within the cone bound)");
            }
        } else {
            sb.append("no verified change set of at most ").append(search.options.maxChanges())
                    .append(" options was found within the bounds");
        }
        DependencyNode deps = DependencyNode.of(Preconditions.of(model, target));
        List<String> leaves = new ArrayList<>();
        for (DependencyNode leaf : deps.failingLeaves()) {
            leaves.add(leaf.label() + " = " + leaf.value());
        }
        if (!leaves.isEmpty()) {
            sb.append("; unmet: ").append(String.join(", ", leaves));
        }
        return sb.toString();
    }

    private static String blocking(Symbol target, String value) {
        if (value.equals("n") && target.type().isTristateLike()) {
            if (target.reverseDepsValue() != Tristate.NO) {
                return "selected by " + ExprFormatter.formatWithValues(target.reverseDeps());
            }
            return target.prompts().isEmpty() ? "no prompt; defaults: " + target.defaults().size() : null;
        }
        if (target.directDeps() != null && target.model().evaluate(target.directDeps()) == Tristate.NO) {
            return "depends on " + ExprFormatter.formatWithValues(target.directDeps());
        }
        for (Prompt p : target.prompts()) {
            return "prompt if " + ExprFormatter.formatWithValues(p.condition());
        }
        return target.weakReverseDeps() != null ? "implied by " + ExprFormatter.formatWithValues(target.weakReverseDeps())
                : "no prompt and no default gives " + value;
    }
}
