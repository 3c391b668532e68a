package cn.yibao.guard.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yibao.guard.catalog.CatalogItem;

/**
 * The compiled book: explicit rules indexed by code and generic name, catalogue-driven and every-line rules in
 * lists, encounter rules apart. Per draft line it looks up the explicit rules, then tries the catalogue-driven
 * rules (cheap field tests on the item's restrictions) and the every-line rules. An in-scope explicit rule
 * replaces the non-additive catalogue-driven or every-line rule of the same template for that line.
 */
final class IndexedRuleBook implements RuleBook {

    private static final System.Logger LOG = System.getLogger(IndexedRuleBook.class.getName());
    private static final Entry[] NONE = new Entry[0];

    private final EngineSettings settings;
    private final int size;
    private final int scoped;
    private final Map<String, Entry[]> byCode;
    private final Map<String, Entry[]> byGenericName;
    private final Entry[] catalogue;
    private final Entry[] everyLine;
    private final Entry[] encounter;

    /**
     * A rule with what the book needs to know about it in the hot loop.
     *
     * @param scopeIndex the rule's slot in a check's scope cache; -1 for rules that apply everywhere
     */
    private record Entry(CompiledRule rule, int scopeIndex, long templateBit, boolean additive) {
    }

    IndexedRuleBook(List<CompiledRule> rules, RuleTemplates templates, EngineSettings settings) {
        this.settings = settings;
        List<CompiledRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing((CompiledRule r) -> r.definition().id())
                .thenComparingInt(r -> r.definition().version()));
        this.size = sorted.size();
        Map<String, List<Entry>> codes = new HashMap<>();
        Map<String, List<Entry>> names = new HashMap<>();
        List<Entry> cat = new ArrayList<>();
        List<Entry> every = new ArrayList<>();
        List<Entry> enc = new ArrayList<>();
        int scopedRules = 0;
        for (CompiledRule rule : sorted) {
            int t = templates.indexOf(rule.definition().template());
            boolean everywhere = rule.definition().scope().equals(RuleScope.EVERYWHERE);
            Entry entry = new Entry(rule, everywhere ? -1 : scopedRules++, t < 0 ? 0L : 1L << t, rule.additive());
            switch (rule.targeting()) {
                case EXPLICIT -> {
                    rule.indexCodes().forEach(c -> codes.computeIfAbsent(c, k -> new ArrayList<>()).add(entry));
                    rule.indexGenericNames().forEach(n -> names.computeIfAbsent(n, k -> new ArrayList<>())
                            .add(entry));
                }
                case CATALOGUE -> cat.add(entry);
                case EVERY_LINE -> every.add(entry);
                case ENCOUNTER -> enc.add(entry);
            }
        }
        this.scoped = scopedRules;
        this.byCode = freeze(codes);
        this.byGenericName = freeze(names);
        this.catalogue = cat.toArray(NONE);
        this.everyLine = every.toArray(NONE);
        this.encounter = enc.toArray(NONE);
    }

    /**
     * A HashMap, not {@code Map.copyOf}: the immutable map probes linearly, and national codes, being sequential,
     * have neighbouring hash codes that pile up into long probe runs.
     */
    private static Map<String, Entry[]> freeze(Map<String, List<Entry>> map) {
        Map<String, Entry[]> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, v.toArray(NONE)));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<RuleHit> evaluate(CheckInput input) {
        if (input == null) {
            return List.of();
        }
        RuleContext context = new RuleContext(input, settings);
        EncounterFacts facts = context.encounter();
        byte[] scope = new byte[scoped];
        List<RuleHit> hits = new ArrayList<>();
        List<Entry> explicit = new ArrayList<>(4);
        for (StayLine line : context.drafts()) {
            explicit.clear();
            collect(byCode, line.code(), explicit);
            collect(byGenericName, line.genericName(), explicit);
            collect(byGenericName, line.line().genericName(), explicit);
            long covered = 0L;
            for (Entry e : explicit) {
                if (inScope(e, facts, scope)) {
                    run(e, context, line, hits);
                    covered |= e.additive ? 0L : e.templateBit;
                }
            }
            CatalogItem item = line.item();
            if (item != null) {
                for (Entry e : catalogue) {
                    if ((e.additive || (covered & e.templateBit) == 0) && e.rule.appliesTo(item)
                            && inScope(e, facts, scope)) {
                        run(e, context, line, hits);
                    }
                }
            }
            for (Entry e : everyLine) {
                if ((e.additive || (covered & e.templateBit) == 0) && inScope(e, facts, scope)) {
                    run(e, context, line, hits);
                }
            }
        }
        for (Entry e : encounter) {
            if (inScope(e, facts, scope)) {
                try {
                    e.rule.checkEncounter(context, hits);
                } catch (RuntimeException ex) {
                    failed(e, null, ex);
                }
            }
        }
        return hits;
    }

    private static void collect(Map<String, Entry[]> index, String key, List<Entry> into) {
        if (key == null) {
            return;
        }
        Entry[] found = index.get(key);
        if (found == null) {
            return;
        }
        for (Entry e : found) {
            if (!into.contains(e)) {
                into.add(e);
            }
        }
    }

    /** Scope is the same for every line of a check, so it is decided once per rule and check. */
    private static boolean inScope(Entry e, EncounterFacts facts, byte[] scope) {
        if (e.scopeIndex < 0) {
            return true;
        }
        byte known = scope[e.scopeIndex];
        if (known == 0) {
            known = e.rule.definition().scope().covers(facts.type(), facts.hospitalLevel(), facts.insuranceType())
                    ? (byte) 1 : (byte) 2;
            scope[e.scopeIndex] = known;
        }
        return known == 1;
    }

    /** One faulty rule must not take the whole check down: it is logged and skipped for this line. */
    private static void run(Entry e, RuleContext context, StayLine line, List<RuleHit> hits) {
        try {
            e.rule.checkLine(context, line, hits);
        } catch (RuntimeException ex) {
            failed(e, line, ex);
        }
    }

    private static void failed(Entry e, StayLine line, RuntimeException ex) {
        LOG.log(System.Logger.Level.WARNING, "Rule " + e.rule.definition().id() + " v" + e.rule.definition()
                .version() + " failed on line " + (line == null ? "(encounter)" : line.lineId()) + "; skipped", ex);
    }
}
