package org.kconfigexplorer.kconfig.explain;

import java.util.List;

/** An explanation as text for a terminal: value, visibility, dependency tree, selects, toolchain. */
public final class ExplanationText {

    private ExplanationText() {
    }

    public static String format(SymbolExplanation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.name()).append(" = ").append(e.value()).append("   (").append(e.type());
        if (e.prompt() != null) {
            sb.append(", \"").append(e.prompt()).append('"');
        }
        sb.append(")\n");
        if (!e.definitions().isEmpty()) {
            sb.append("  defined at ").append(String.join(", ", e.definitions())).append('\n');
        }
        if (!e.menuPath().isEmpty()) {
            sb.append("  menu: ").append(String.join(" > ", e.menuPath())).append('\n');
        }
        sb.append("\nValue:\n");
        for (ValueReason r : e.valueReasons()) {
            sb.append("  - ").append(r.text());
            if (r.expression() != null) {
                sb.append("\n      ").append(r.expression());
            }
            sb.append('\n');
        }
        sb.append("\nVisibility: ").append(e.visibility().value()).append(" - ").append(e.visibility().summary()).append('\n');
        for (PromptInfo p : e.visibility().prompts()) {
            sb.append("  prompt \"").append(p.text()).append("\" (").append(p.location()).append(") if ")
                    .append(p.condition()).append("  => ").append(p.value()).append('\n');
        }
        sb.append("\nDepends on:\n");
        tree(sb, e.dependencies(), "  ");
        if (!e.failingLeaves().isEmpty()) {
            sb.append("  unmet: ").append(String.join(", ", e.failingLeaves())).append('\n');
        }
        edges(sb, "Selected by", e.selectedBy());
        edges(sb, "Implied by", e.impliedBy());
        edges(sb, "Selects", e.selects());
        edges(sb, "Implies", e.implies());
        if (!e.toolchain().isEmpty()) {
            sb.append("\nToolchain:\n");
            for (ToolchainTrace t : e.toolchain()) {
                sb.append("  ").append(t.text()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void tree(StringBuilder sb, DependencyNode node, String indent) {
        sb.append(indent).append(node.met() ? "[met]   " : "[UNMET] ").append(node.label()).append(" = ")
                .append(node.value());
        if (node.detail() != null) {
            sb.append("  (").append(node.detail()).append(')');
        }
        if (node.failingLeaf()) {
            sb.append("  <- blocks");
        }
        sb.append('\n');
        for (DependencyNode child : node.children()) {
            tree(sb, child, indent + "    ");
        }
    }

    private static void edges(StringBuilder sb, String title, List<ReverseDependencyInfo> edges) {
        if (edges.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append(":\n");
        for (ReverseDependencyInfo r : edges) {
            sb.append("  ").append(r.symbol()).append(" [=").append(r.symbolValue()).append(']');
            if (!"y".equals(r.condition())) {
                sb.append(" if ").append(r.condition());
            }
            sb.append(r.active() ? "  (acts now: " + r.effect() + ")" : "  (no effect now)");
            sb.append("  ").append(r.location()).append('\n');
        }
    }
}
