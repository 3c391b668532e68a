package cn.yibao.guard.rules.engine;

/**
 * One parameter of a rule template, as the template documents it (served by {@code GET /api/v1/rules/templates}).
 *
 * @param type           {@code string[]}, {@code integer}, {@code decimal}, {@code boolean}, {@code window} or an
 *                       enumeration written as {@code A|B|C}
 * @param use            when the parameter may or must be given
 * @param catalogueField the {@code ItemRestrictions} (or {@code CatalogItem}) field a catalogue-driven rule reads
 *                       instead of this parameter; {@code null} when none
 * @param defaultValue   the value used when an optional parameter is absent, as text; {@code null} when none
 */
public record ParameterSpec(String name, String type, Use use, String description, String catalogueField,
        String defaultValue) {

    /** When a parameter may or must be given. */
    public enum Use {
        /** Names the items the rule targets; without any target the rule is catalogue-driven. */
        TARGET,
        /**
         * The restriction itself: required when the rule names its items, refused otherwise (a catalogue-driven
         * rule reads it from each item's catalogue entry).
         */
        RESTRICTION,
        /** Always required. */
        REQUIRED,
        /** May be given; {@link #defaultValue()} applies otherwise. */
        OPTIONAL
    }

    public static ParameterSpec items() {
        return new ParameterSpec("items", "string[]", Use.TARGET,
                "national catalogue codes (国家医保编码) the rule applies to", null, null);
    }

    public static ParameterSpec genericNames() {
        return new ParameterSpec("genericNames", "string[]", Use.TARGET,
                "generic names (通用名) the rule applies to, also for lines not matched to the catalogue", null, null);
    }

    public static ParameterSpec restriction(String name, String type, String description, String catalogueField) {
        return new ParameterSpec(name, type, Use.RESTRICTION, description, catalogueField, null);
    }

    public static ParameterSpec required(String name, String type, String description) {
        return new ParameterSpec(name, type, Use.REQUIRED, description, null, null);
    }

    public static ParameterSpec option(String name, String type, String description, String defaultValue) {
        return new ParameterSpec(name, type, Use.OPTIONAL, description, null, defaultValue);
    }
}
