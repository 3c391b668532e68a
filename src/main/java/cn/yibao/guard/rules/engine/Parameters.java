package cn.yibao.guard.rules.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A rule record's parameters, read and validated against its template's {@link ParameterSpec}s. Every refusal
 * names the parameter ({@code parameters.maxPerDay: must be > 0}). Values are plain JSON values: strings,
 * numbers of any Java number type, booleans and lists; a string is never read as a number.
 */
public final class Parameters {

    private final String template;
    private final Map<String, Object> values;
    private final Map<String, ParameterSpec> specs;
    private Targets targets;

    public Parameters(String template, Map<String, Object> values, List<ParameterSpec> specs) {
        this.template = template;
        this.values = values == null ? Map.of() : values;
        this.specs = specs.stream().collect(Collectors.toMap(ParameterSpec::name, s -> s));
        for (String name : this.values.keySet()) {
            if (!this.specs.containsKey(name)) {
                String known = specs.isEmpty() ? "none" : specs.stream().map(ParameterSpec::name)
                        .collect(Collectors.joining(", "));
                throw RuleDefinitionException.parameter(name, "unknown parameter of " + template
                        + " (parameters: " + known + ")");
            }
        }
    }

    /** The items the record names ({@code items}, {@code genericNames}); none makes it catalogue-driven. */
    public Targets targets() {
        if (targets == null) {
            targets = new Targets(
                    specs.containsKey("items") ? Set.copyOf(strings("items")) : Set.of(),
                    specs.containsKey("genericNames") ? Set.copyOf(strings("genericNames")) : Set.of());
        }
        return targets;
    }

    /**
     * The items the record names, for templates without a catalogue field: such records must name their items.
     *
     * @throws RuleDefinitionException naming {@code parameters.items} when the record names none
     */
    public Targets requiredTargets() {
        if (!targets().explicit()) {
            throw RuleDefinitionException.parameter("items", "required: " + template + " rules name their items or"
                    + " genericNames (no catalogue field carries this restriction)");
        }
        return targets();
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    /**
     * A restriction parameter: required when the record names its items, refused when it is catalogue-driven
     * (the catalogue then supplies the value item by item). Returns {@code null} for catalogue-driven records.
     */
    public <T> T restriction(String name, Function<String, T> reader) {
        ParameterSpec spec = specs.get(name);
        if (targets().explicit()) {
            if (!has(name)) {
                throw RuleDefinitionException.parameter(name, "required when the rule names items or genericNames");
            }
            return reader.apply(name);
        }
        if (has(name)) {
            String from = spec != null && spec.catalogueField() != null ? " reads " + spec.catalogueField()
                    + " from the catalogue" : " reads the catalogue";
            throw RuleDefinitionException.parameter(name, "only allowed when the rule names items or genericNames;"
                    + " without them the rule" + from);
        }
        return null;
    }

    /** A list of non-blank strings (trimmed, duplicates dropped); empty when absent. */
    public List<String> strings(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> list)) {
            throw RuleDefinitionException.parameter(name, "must be a list of strings");
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object element : list) {
            if (!(element instanceof String s) || s.isBlank()) {
                throw RuleDefinitionException.parameter(name, "must be a list of non-empty strings");
            }
            out.add(s.trim());
        }
        return List.copyOf(out);
    }

    /** A list that must not be empty. */
    public List<String> nonEmptyStrings(String name) {
        List<String> list = strings(name);
        if (list.isEmpty()) {
            throw RuleDefinitionException.parameter(name, "must list at least one value");
        }
        return list;
    }

    /** An exact decimal; {@code null} when absent. */
    public BigDecimal decimal(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        BigDecimal decimal = toDecimal(value);
        if (decimal == null) {
            throw RuleDefinitionException.parameter(name, "must be a number");
        }
        return decimal;
    }

    /** A decimal that must be present and greater than zero. */
    public BigDecimal positiveDecimal(String name) {
        BigDecimal value = decimal(name);
        if (value == null) {
            throw RuleDefinitionException.parameter(name, "is required");
        }
        if (value.signum() <= 0) {
            throw RuleDefinitionException.parameter(name, "must be > 0");
        }
        return value;
    }

    /** A whole number; {@code null} when absent. */
    public Integer integer(String name) {
        BigDecimal value = decimal(name);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw RuleDefinitionException.parameter(name, "must be a whole number");
        }
    }

    /** A whole number in [min, max]; {@code null} when absent. */
    public Integer integer(String name, int min, int max) {
        Integer value = integer(name);
        if (value != null && (value < min || value > max)) {
            throw RuleDefinitionException.parameter(name, max == Integer.MAX_VALUE ? "must be >= " + min
                    : "must be between " + min + " and " + max);
        }
        return value;
    }

    public Boolean bool(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean b)) {
            throw RuleDefinitionException.parameter(name, "must be true or false");
        }
        return b;
    }

    public String string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw RuleDefinitionException.parameter(name, "must be a non-empty string");
        }
        return s.trim();
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = string(name);
        return value == null ? null : parseEnum(name, value, type);
    }

    /** A list of enumeration constants; empty when absent. */
    public <E extends Enum<E>> List<E> enumValues(String name, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String value : strings(name)) {
            out.add(parseEnum(name, value, type));
        }
        return List.copyOf(out);
    }

    /** A time window ({@code DAY}, {@code STAY}, {@code SAME_HOUR}, {@code HOURS:n}); {@code fallback} when absent. */
    public Window window(String name, Window fallback) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Window.parse(value);
        } catch (IllegalArgumentException e) {
            throw RuleDefinitionException.parameter(name, e.getMessage());
        }
    }

    private <E extends Enum<E>> E parseEnum(String name, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw RuleDefinitionException.parameter(name, "must be one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // Double.toString gives the shortest decimal that reads back as this double: 0.1 stays 0.1.
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return null;
    }

    @Override
    public String toString() {
        return template + values;
    }
}
