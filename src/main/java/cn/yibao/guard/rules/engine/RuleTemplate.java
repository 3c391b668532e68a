package cn.yibao.guard.rules.engine;

import java.util.List;

/**
 * A generic rule template (规则模板): the logic of one kind of audit rule, driven by a rule record's parameters
 * or, for a record that names no items, by the catalogue's restrictions of each item. Implementations are
 * stateless and thread-safe; {@link #compile} validates the record and returns the compiled rule.
 */
public interface RuleTemplate {

    /** Stable id that rule records name, e.g. {@code SEX_RESTRICTION}. */
    String id();

    /** Chinese name, e.g. 限性别. */
    String name();

    /** What the template checks, in one or two sentences. */
    String description();

    /** The parameters a rule record of this template takes. */
    List<ParameterSpec> parameters();

    /** Catalogue fields a catalogue-driven record reads ({@code ItemRestrictions.sex}, {@code CatalogItem.priceCap}). */
    List<String> catalogueFields();

    /** The evidence keys a hit carries, each with its meaning ({@code "count: …"}). */
    List<String> evidence();

    /**
     * Compiles one rule record of this template.
     *
     * @throws RuleDefinitionException naming {@code parameters.<name>} when a parameter is missing or wrong
     */
    CompiledRule compile(RuleDefinition rule);
}
