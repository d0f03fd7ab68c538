package org.kconfigexplorer.kconfig.fix;

/** A fix result as text for a terminal: one numbered block per suggestion, smallest first. */
public final class FixText {

    private static final int SHOWN_SIDE_EFFECTS = 8;

    private FixText() {
    }

    public static String format(FixResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.symbol()).append('=').append(r.requested()).append(" (now ").append(r.current()).append(")\n");
        switch (r.status()) {
            case ALREADY -> sb.append("  already so: nothing to change\n");
            case UNREACHABLE -> {
                sb.append("  unreachable: ").append(r.reason()).append('\n');
                if (r.blocking() != null) {
                    String b = r.blocking();
                    sb.append("  blocked by: ").append(b.length() > 400 ? b.substring(0, 400) + " ..." : b).append('\n');
                }
                sb.append("  bounds: ").append(String.join("; ", r.bounds())).append('\n');
            }
            case FIXES -> {
                int i = 1;
                for (FixSuggestion s : r.suggestions()) {
                    sb.append('\n').append(i++).append(". ").append(s.size()).append(s.size() == 1 ? " change" : " changes")
                            .append(" (verified)\n");
                    for (ProfileChange p : s.profileChanges()) {
                        sb.append("   toolchain: ").append(p.description()).append('\n');
                    }
                    for (SymbolChange c : s.changes()) {
                        sb.append("   set ").append(c.symbol()).append('=').append(c.to()).append("   (was ")
                                .append(c.from()).append(c.conflict() ? ", overrides your " + c.userValue() : "")
                                .append(")\n");
                    }
                    int shown = 0;
                    for (SideEffect e : s.sideEffects()) {
                        if (shown++ == SHOWN_SIDE_EFFECTS) {
                            sb.append("   ... and ").append(s.sideEffects().size() - SHOWN_SIDE_EFFECTS)
                                    .append(" more side effects\n");
                            break;
                        }
                        sb.append("   also ").append(e.symbol()).append(": ").append(e.from().isEmpty() ? "\"\"" : e.from())
                                .append(" -> ").append(e.to()).append(e.selected() ? " (selected)" : "").append('\n');
                    }
                }
            }
            default -> { }
        }
        return sb.toString();
    }
}
