package cn.yibao.guard.drg.engine;

import java.util.List;

/**
 * One stay as the grouper sees it: the settlement list's fields that grouping uses.
 * Absent numbers are {@code null}. The first diagnosis is the principal one (主要诊断), the first
 * procedure the principal procedure (主要手术或操作).
 *
 * @param sex           1 male, 2 female, 9 unknown
 * @param ageYears      age in whole years
 * @param ageDays       age in days, for infants under one year
 * @param birthWeightGrams birth weight, required for newborns
 * @param losDays       length of stay
 * @param dischargeMode 离院方式 as on the settlement list
 */
public record GroupingCase(String id, Integer sex, Integer ageYears, Integer ageDays, Integer birthWeightGrams,
        Integer losDays, String dischargeMode, List<String> diagnoses, List<String> procedures) {

    public GroupingCase {
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }
}
