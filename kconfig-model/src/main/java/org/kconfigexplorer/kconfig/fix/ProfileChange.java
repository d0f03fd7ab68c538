package org.kconfigexplorer.kconfig.fix;

import java.util.List;

/**
 * A change of the toolchain profile from the catalogue in {@link ProfileMutations}.
 *
 * @param id          the mutation's catalogue id, e.g. "clang-at-rustc-llvm"
 * @param description in words, e.g. "C compiler: Clang 19.1.7 with LLVM=1 (the LLVM of rustc)"
 * @param fields      the profile fields it changes
 */
public record ProfileChange(String id, String description, List<String> fields) {

    public ProfileChange {
        fields = List.copyOf(fields);
    }
}
