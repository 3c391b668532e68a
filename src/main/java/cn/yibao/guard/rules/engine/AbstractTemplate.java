package cn.yibao.guard.rules.engine;

import java.util.List;

/** Common ground of the templates: documentation fields and parameter checking before {@link #build}. */
public abstract class AbstractTemplate implements RuleTemplate {

    private final String id;
    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;
    private final List<String> catalogueFields;
    private final List<String> evidence;

    protected AbstractTemplate(String id, String name, String description, List<ParameterSpec> parameters,
            List<String> catalogueFields, List<String> evidence) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.catalogueFields = List.copyOf(catalogueFields);
        this.evidence = List.copyOf(evidence);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final List<String> catalogueFields() {
        return catalogueFields;
    }

    @Override
    public final List<String> evidence() {
        return evidence;
    }

    @Override
    public final CompiledRule compile(RuleDefinition rule) {
        return build(rule, new Parameters(id, rule.parameters(), parameters));
    }

    /** Reads the parameters (each refusal names its parameter) and returns the compiled rule. */
    protected abstract CompiledRule build(RuleDefinition rule, Parameters parameters);

    /** The message prefix, e.g. 【限性别】. */
    protected static String tag(String label) {
        return "【" + label + "】";
    }
}
