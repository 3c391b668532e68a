package cn.yibao.guard.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.yibao.guard.rules.engine.template.AgeRestriction;
import cn.yibao.guard.rules.engine.template.CourseLimit;
import cn.yibao.guard.rules.engine.template.DuplicateCharge;
import cn.yibao.guard.rules.engine.template.DuplicateMedication;
import cn.yibao.guard.rules.engine.template.FrequencyPerCycle;
import cn.yibao.guard.rules.engine.template.HighCostItem;
import cn.yibao.guard.rules.engine.template.HospitalLevelRestriction;
import cn.yibao.guard.rules.engine.template.IndicationRestriction;
import cn.yibao.guard.rules.engine.template.InsuranceTypeChange;
import cn.yibao.guard.rules.engine.template.InsuranceTypeRestriction;
import cn.yibao.guard.rules.engine.template.ItemExcludes;
import cn.yibao.guard.rules.engine.template.ItemRequires;
import cn.yibao.guard.rules.engine.template.OperationGroup;
import cn.yibao.guard.rules.engine.template.PaymentDays;
import cn.yibao.guard.rules.engine.template.PriceCap;
import cn.yibao.guard.rules.engine.template.QuantityPerDay;
import cn.yibao.guard.rules.engine.template.QuantityPerStay;
import cn.yibao.guard.rules.engine.template.SelfPayNotice;
import cn.yibao.guard.rules.engine.template.SexRestriction;
import cn.yibao.guard.rules.engine.template.SteppedTherapy;
import cn.yibao.guard.rules.engine.template.VisitTypeRestriction;

/** The templates rule records may name, by id. Immutable; {@link #with} adds templates (up to 64 in all). */
public final class RuleTemplates {

    /** The book keeps one bit per template for each line it judges. */
    static final int MAX_TEMPLATES = 64;

    private static final RuleTemplates STANDARD = new RuleTemplates(List.of(new SexRestriction(),
            new AgeRestriction(), new HospitalLevelRestriction(), new IndicationRestriction(),
            new VisitTypeRestriction(), new InsuranceTypeRestriction(), new QuantityPerDay(), new QuantityPerStay(),
            new PaymentDays(), new DuplicateCharge(), new DuplicateMedication(), new ItemRequires(),
            new ItemExcludes(), new SteppedTherapy(), new SelfPayNotice(), new HighCostItem(), new PriceCap(),
            new InsuranceTypeChange()));

    /** The standard templates and those only records naming their items use (NHSA batches 2, 8-3, 8-4). */
    private static final RuleTemplates NHSA = STANDARD.with(new FrequencyPerCycle(), new CourseLimit(),
            new OperationGroup());

    private final List<RuleTemplate> templates;
    private final Map<String, Integer> index;

    public RuleTemplates(List<RuleTemplate> templates) {
        if (templates.size() > MAX_TEMPLATES) {
            throw new IllegalArgumentException("At most " + MAX_TEMPLATES + " templates");
        }
        this.templates = List.copyOf(templates);
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < templates.size(); i++) {
            if (ids.put(templates.get(i).id(), i) != null) {
                throw new IllegalArgumentException("Duplicate template id " + templates.get(i).id());
            }
        }
        this.index = Map.copyOf(ids);
    }

    /** The product's templates. */
    public static RuleTemplates standard() {
        return STANDARD;
    }

    /**
     * The standard templates plus {@code FREQUENCY_PER_CYCLE}, {@code COURSE_LIMIT} and {@code OPERATION_GROUP}:
     * restrictions no catalogue field carries, so their records always name their items (as NHSA batch rows
     * do). The service compiles its rule book with these.
     */
    public static RuleTemplates nhsa() {
        return NHSA;
    }

    /** These templates and more (e.g. templates that NHSA batches need). */
    public RuleTemplates with(RuleTemplate... more) {
        List<RuleTemplate> all = new ArrayList<>(templates);
        all.addAll(List.of(more));
        return new RuleTemplates(all);
    }

    public Optional<RuleTemplate> find(String id) {
        Integer i = id == null ? null : index.get(id);
        return i == null ? Optional.empty() : Optional.of(templates.get(i));
    }

    public List<RuleTemplate> all() {
        return templates;
    }

    public List<String> ids() {
        return templates.stream().map(RuleTemplate::id).toList();
    }

    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }
}
