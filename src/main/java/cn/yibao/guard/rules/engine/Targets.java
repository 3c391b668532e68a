package cn.yibao.guard.rules.engine;

import java.util.Set;

/**
 * The items a rule record names: national codes and generic names. A record that names none is
 * catalogue-driven: it applies to every item whose catalogue entry carries the template's restriction.
 */
public record Targets(Set<String> itemCodes, Set<String> genericNames) {

    public static final Targets NONE = new Targets(Set.of(), Set.of());

    public Targets {
        itemCodes = itemCodes == null ? Set.of() : Set.copyOf(itemCodes);
        genericNames = genericNames == null ? Set.of() : Set.copyOf(genericNames);
    }

    /** Whether the record names its own items (otherwise it is catalogue-driven). */
    public boolean explicit() {
        return !itemCodes.isEmpty() || !genericNames.isEmpty();
    }

    /** Whether a line is one of the named items, by its code or its generic name. */
    public boolean matches(StayLine line) {
        return (line.code() != null && itemCodes.contains(line.code()))
                || (line.genericName() != null && genericNames.contains(line.genericName()));
    }
}
