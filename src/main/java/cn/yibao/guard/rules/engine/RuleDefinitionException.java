package cn.yibao.guard.rules.engine;

/**
 * A rule record that cannot be compiled, naming the field at fault in the record's own terms:
 * {@code template}, {@code name}, {@code action}, {@code scope.hospitalLevels} or {@code parameters.<name>}.
 */
public class RuleDefinitionException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public RuleDefinitionException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The field at fault, e.g. {@code parameters.maxPerDay}. */
    public String field() {
        return field;
    }

    /** What is wrong with it, e.g. {@code must be > 0}. */
    public String reason() {
        return reason;
    }

    static RuleDefinitionException parameter(String name, String reason) {
        return new RuleDefinitionException("parameters." + name, reason);
    }
}
