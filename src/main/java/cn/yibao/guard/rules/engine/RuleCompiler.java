package cn.yibao.guard.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates rule records and compiles them into an indexed, immutable {@link RuleBook}. Pure: no I/O.
 * <pre>
 * RuleCompiler compiler = new RuleCompiler(RuleTemplates.standard(), settings);
 * compiler.validate(record);                 // throws RuleDefinitionException naming the field
 * RuleBook book = compiler.compile(records); // disabled records are left out
 * </pre>
 */
public final class RuleCompiler {

    private final RuleTemplates templates;
    private final EngineSettings settings;

    public RuleCompiler(RuleTemplates templates, EngineSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    public RuleCompiler() {
        this(RuleTemplates.standard(), EngineSettings.DEFAULT);
    }

    public RuleTemplates templates() {
        return templates;
    }

    public EngineSettings settings() {
        return settings;
    }

    /** Checks a record as {@link #compile(RuleDefinition)} does, whether or not it is enabled. */
    public void validate(RuleDefinition rule) {
        compile(rule);
    }

    /**
     * Compiles one record.
     *
     * @throws RuleDefinitionException naming {@code id}, {@code template}, {@code name}, {@code severity},
     *                                 {@code action}, {@code judgement}, {@code scope.hospitalLevels} or
     *                                 {@code parameters.<name>}
     */
    public CompiledRule compile(RuleDefinition rule) {
        if (rule.id() == null || rule.id().isBlank()) {
            throw new RuleDefinitionException("id", "is required");
        }
        if (rule.template() == null || rule.template().isBlank()) {
            throw new RuleDefinitionException("template", "is required");
        }
        RuleTemplate template = templates.find(rule.template()).orElseThrow(() -> new RuleDefinitionException(
                "template", "unknown template '" + rule.template() + "'; templates: " + String.join(", ",
                        templates.ids())));
        if (rule.name() == null || rule.name().isBlank()) {
            throw new RuleDefinitionException("name", "is required");
        }
        if (rule.severity() == null) {
            throw new RuleDefinitionException("severity", "is required");
        }
        if (rule.action() == null) {
            throw new RuleDefinitionException("action", "is required");
        }
        if (rule.judgement() == null) {
            throw new RuleDefinitionException("judgement", "is required");
        }
        if (rule.action() == RuleAction.BLOCK && rule.severity() != Severity.CRITICAL) {
            throw new RuleDefinitionException("action", "BLOCK is reserved for CRITICAL rules");
        }
        for (Integer level : rule.scope().hospitalLevels()) {
            if (level == null || level < 1 || level > 3) {
                throw new RuleDefinitionException("scope.hospitalLevels", "must contain only 1, 2 or 3");
            }
        }
        return template.compile(rule);
    }

    /**
     * Compiles the enabled records into a book.
     *
     * @throws RuleDefinitionException for the first record that does not compile
     */
    public RuleBook compile(Collection<RuleDefinition> rules) {
        List<CompiledRule> compiled = new ArrayList<>(rules.size());
        for (RuleDefinition rule : rules) {
            if (rule.enabled()) {
                compiled.add(compile(rule));
            }
        }
        return new IndexedRuleBook(compiled, templates, settings);
    }

    /** Compiles the enabled records that compile and reports, by rule id, those that do not. */
    public Compilation compileValid(Collection<RuleDefinition> rules) {
        List<CompiledRule> compiled = new ArrayList<>(rules.size());
        Map<String, RuleDefinitionException> rejected = new LinkedHashMap<>();
        for (RuleDefinition rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            try {
                compiled.add(compile(rule));
            } catch (RuleDefinitionException e) {
                rejected.put(rule.id(), e);
            }
        }
        return new Compilation(new IndexedRuleBook(compiled, templates, settings), Map.copyOf(rejected));
    }

    /** A book and the records left out of it because they did not compile. */
    public record Compilation(RuleBook book, Map<String, RuleDefinitionException> rejected) {
    }
}
