package org.kconfigexplorer.kconfig.explain;

import java.util.List;

/**
 * Why a toolchain-derived symbol has its value, down to the profile fields: "CC_IS_CLANG = n,
 * because the C compiler is GCC (cc.kind)". A tree of symbols by name (no cycles).
 *
 * @param reason     the default that applied, or why none did
 * @param fields     the profile fields whose answers produced the value here (e.g. "cc.kind")
 * @param fieldFacts the same fields in words, from the profile ("the C compiler is GCC")
 * @param because    the toolchain-derived symbols this value depends on
 */
public record ToolchainTrace(String symbol, String value, String reason, List<String> fields, List<String> fieldFacts,
                             List<ToolchainTrace> because) {

    public ToolchainTrace {
        fields = List.copyOf(fields);
        fieldFacts = List.copyOf(fieldFacts);
        because = List.copyOf(because);
    }

    /** The chain in one sentence. */
    public String text() {
        StringBuilder sb = new StringBuilder(symbol).append(" = ").append(value);
        List<String> parts = new java.util.ArrayList<>();
        for (ToolchainTrace t : because) {
            parts.add(t.text());
        }
        for (int i = 0; i < fields.size(); i++) {
            String fact = i < fieldFacts.size() ? fieldFacts.get(i) : fields.get(i);
            parts.add(fact.equals(fields.get(i)) ? fact : fact + " (" + fields.get(i) + ")");
        }
        if (!parts.isEmpty()) {
            sb.append(", because ").append(String.join(", and ", parts));
        }
        return sb.toString();
    }
}
