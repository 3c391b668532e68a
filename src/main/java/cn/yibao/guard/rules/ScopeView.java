package cn.yibao.guard.rules;

import java.util.List;

import cn.yibao.guard.rules.engine.RuleScope;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * Where a rule applies, in a stable order; empty lists mean "all". Also the request shape of a rule's scope.
 *
 * @param hospitalLevels 1, 2, 3 (一级/二级/三级)
 */
public record ScopeView(List<EncounterType> encounterTypes, List<Integer> hospitalLevels,
        List<InsuranceType> insuranceTypes) {

    public ScopeView {
        encounterTypes = encounterTypes == null ? List.of() : encounterTypes.stream().distinct().sorted().toList();
        hospitalLevels = hospitalLevels == null ? List.of()
                : hospitalLevels.stream().map(l -> l == null ? 0 : l).distinct().sorted().toList();
        insuranceTypes = insuranceTypes == null ? List.of() : insuranceTypes.stream().distinct().sorted().toList();
    }

    public static ScopeView of(RuleScope scope) {
        return new ScopeView(List.copyOf(scope.encounterTypes()), List.copyOf(scope.hospitalLevels()),
                List.copyOf(scope.insuranceTypes()));
    }

    public RuleScope toScope() {
        return new RuleScope(java.util.Set.copyOf(encounterTypes), java.util.Set.copyOf(hospitalLevels),
                java.util.Set.copyOf(insuranceTypes));
    }
}
