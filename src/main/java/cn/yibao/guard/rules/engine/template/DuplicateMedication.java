package cn.yibao.guard.rules.engine.template;

import java.time.LocalDate;
import java.util.List;

import cn.yibao.guard.catalog.ItemKind;
import cn.yibao.guard.rules.engine.AbstractTemplate;
import cn.yibao.guard.rules.engine.CompiledRule;
import cn.yibao.guard.rules.engine.Evidence;
import cn.yibao.guard.rules.engine.ParameterSpec;
import cn.yibao.guard.rules.engine.Parameters;
import cn.yibao.guard.rules.engine.RuleContext;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleHit;
import cn.yibao.guard.rules.engine.StayLine;

/**
 * 重复用药: a drug ordered while another drug of the same ingredient (or, optionally, the same class) is still in
 * use. An earlier line is in use on the new line's day if it is long-term (长期医嘱; withdrawn ones are not in
 * the history) or while its {@code days} cover that day. Lines not matched to the catalogue are compared by
 * generic name.
 */
public final class DuplicateMedication extends AbstractTemplate {

    public static final String ID = "DUPLICATE_MEDICATION";

    public DuplicateMedication() {
        super(ID, "重复用药", "A drug ordered while an earlier drug of the same ingredient (or class) is still "
                + "active: long-term and not withdrawn, or within its days.",
                List.of(ParameterSpec.items(), ParameterSpec.genericNames(),
                        ParameterSpec.option("sameClass", "boolean", "also flag drugs of the same "
                                + "pharmacological class", "false")),
                List.of("CatalogItem.ingredient", "CatalogItem.drugClass", "CatalogItem.genericName"),
                List.of("basis: INGREDIENT, GENERIC_NAME or CLASS", "ingredient / genericName / drugClass: the "
                        + "shared value", "activeLine: the earlier line still in use"));
    }

    @Override
    protected CompiledRule build(RuleDefinition rule, Parameters p) {
        return new Rule(rule, p, Boolean.TRUE.equals(p.bool("sameClass")));
    }

    private static final class Rule extends CompiledRule {

        private final boolean sameClass;

        Rule(RuleDefinition rule, Parameters p, boolean sameClass) {
            super(rule, p.targets(), Targeting.EVERY_LINE);
            this.sameClass = sameClass;
        }

        @Override
        public void checkLine(RuleContext context, StayLine line, List<RuleHit> out) {
            if (!targets().explicit() && line.item() != null && line.item().kind() != ItemKind.DRUG) {
                return;
            }
            LocalDate day = line.day();
            if (day == null) {
                return;
            }
            String basis = "INGREDIENT";
            StayLine active = latestActive(context.withIngredient(line.ingredient()), line, day);
            if (active == null) {
                basis = "GENERIC_NAME";
                active = latestActive(context.withGenericName(line.genericName()), line, day);
            }
            if (active == null && sameClass) {
                basis = "CLASS";
                active = latestActive(context.withDrugClass(line.drugClass()), line, day);
            }
            if (active == null) {
                return;
            }
            String shared;
            String what;
            Evidence evidence = Evidence.of("basis", basis);
            switch (basis) {
                case "INGREDIENT" -> {
                    shared = line.ingredient();
                    what = "成分相同";
                    evidence.put("ingredient", shared);
                }
                case "GENERIC_NAME" -> {
                    shared = line.genericName();
                    what = "通用名相同";
                    evidence.put("genericName", shared);
                }
                default -> {
                    shared = line.drugClass();
                    what = "同类药物";
                    evidence.put("drugClass", shared);
                }
            }
            List<String> ids = active.draft() ? List.of(active.lineId(), line.lineId()) : List.of(line.lineId());
            out.add(hit(ids, tag("重复用药") + line.displayName() + " 与在用的 " + active.displayName() + "（医嘱 "
                    + active.lineId() + "）" + what + "：" + shared, evidence.line("activeLine", active)));
        }

        /** The most recent earlier line of the list that is still in use on the day. */
        private static StayLine latestActive(List<StayLine> candidates, StayLine line, LocalDate day) {
            StayLine found = null;
            for (StayLine other : candidates) {
                if (other.seq() >= line.seq() || other.sameLine(line) || other.day() == null
                        || other.day().isAfter(day)) {
                    continue;
                }
                if (other.line().longTerm() || other.covers(day)) {
                    found = other;
                }
            }
            return found;
        }
    }
}
