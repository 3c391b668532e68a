package cn.yibao.guard.rules.engine;

import java.util.List;
import java.util.Set;

import cn.yibao.guard.catalog.CatalogItem;

/**
 * One rule record compiled by its template: immutable, thread-safe, ready to judge lines. The book indexes it
 * by {@link #targeting()}:
 * <ul>
 * <li>{@code EXPLICIT}: the record names its items; looked up by code and generic name.</li>
 * <li>{@code CATALOGUE}: catalogue-driven; tried on every matched line whose item {@link #appliesTo} it.</li>
 * <li>{@code EVERY_LINE}: tried on every draft line, matched or not (amounts, duplicates by code).</li>
 * <li>{@code ENCOUNTER}: judges the encounter once per check ({@link #checkEncounter}).</li>
 * </ul>
 * New templates (e.g. the NHSA cycle caps or operation groups) subclass this and use {@link RuleContext}'s
 * per-check indexes and {@link Window}s.
 */
public abstract class CompiledRule {

    /** How the book finds the lines a rule judges. */
    public enum Targeting {
        EXPLICIT,
        CATALOGUE,
        EVERY_LINE,
        ENCOUNTER
    }

    private final RuleDefinition definition;
    private final Targets targets;
    private final Targeting targeting;

    /**
     * @param withoutTargets how the book finds lines when the record names no items ({@code CATALOGUE},
     *                       {@code EVERY_LINE} or {@code ENCOUNTER})
     */
    protected CompiledRule(RuleDefinition definition, Targets targets, Targeting withoutTargets) {
        this.definition = definition;
        this.targets = targets == null ? Targets.NONE : targets;
        this.targeting = this.targets.explicit() ? Targeting.EXPLICIT : withoutTargets;
    }

    public RuleDefinition definition() {
        return definition;
    }

    public Targets targets() {
        return targets;
    }

    public Targeting targeting() {
        return targeting;
    }

    /** The codes an explicit rule is indexed by; its items unless the template looks from both sides. */
    public Set<String> indexCodes() {
        return targets.itemCodes();
    }

    /** The generic names an explicit rule is indexed by. */
    public Set<String> indexGenericNames() {
        return targets.genericNames();
    }

    /** Catalogue-driven rules: whether this item's catalogue entry carries the rule's restriction. */
    public boolean appliesTo(CatalogItem item) {
        return true;
    }

    /**
     * Whether this rule adds to an explicit rule of the same template on the same line. By default an in-scope
     * explicit rule replaces the catalogue-driven (or every-line) rule of its template for the items it names,
     * so one item is not told the same thing twice; pair templates (requires/excludes) add up instead.
     */
    public boolean additive() {
        return false;
    }

    /** Judges one draft line; adds its hits to {@code out}. */
    public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
    }

    /** Judges the encounter as a whole (encounter-level rules). */
    public void checkEncounter(RuleContext context, List<RuleHit> out) {
    }

    /** A hit on one draft line. */
    protected final RuleHit hit(StayLine line, String message, Evidence evidence) {
        return hit(List.of(line.lineId()), message, evidence);
    }

    /** A hit on several draft lines, carrying the rule's id, version, template, tiers, source and note. */
    protected final RuleHit hit(List<String> lineIds, String message, Evidence evidence) {
        RuleDefinition d = definition;
        return new RuleHit(lineIds, d.id(), d.version(), d.template(), d.severity(), d.action(), d.judgement(),
                message, evidence == null ? null : evidence.build(), d.source(), d.note());
    }

    @Override
    public String toString() {
        return definition.id() + "@" + definition.version() + " " + definition.template() + " " + targeting;
    }
}
