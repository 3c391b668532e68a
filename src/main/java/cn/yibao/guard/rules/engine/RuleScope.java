package cn.yibao.guard.rules.engine;

import java.util.Set;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * Where a rule applies. An empty set means "all": a rule with an empty scope applies everywhere.
 *
 * @param hospitalLevels 1, 2, 3 (一级/二级/三级)
 */
public record RuleScope(Set<EncounterType> encounterTypes, Set<Integer> hospitalLevels,
        Set<InsuranceType> insuranceTypes) {

    public static final RuleScope EVERYWHERE = new RuleScope(Set.of(), Set.of(), Set.of());

    public RuleScope {
        encounterTypes = encounterTypes == null ? Set.of() : Set.copyOf(encounterTypes);
        hospitalLevels = hospitalLevels == null ? Set.of() : Set.copyOf(hospitalLevels);
        insuranceTypes = insuranceTypes == null ? Set.of() : Set.copyOf(insuranceTypes);
    }

    public boolean covers(EncounterType type, int hospitalLevel, InsuranceType insurance) {
        return (encounterTypes.isEmpty() || encounterTypes.contains(type))
                && (hospitalLevels.isEmpty() || hospitalLevels.contains(hospitalLevel))
                && (insuranceTypes.isEmpty() || insuranceTypes.contains(insurance));
    }
}
