package cn.yibao.guard.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * 限定支付条件: the conditions under which insurance pays for a catalogue item. Every field is optional;
 * {@code null} or an empty list means "no restriction". Rule templates read these parameters, so one rule
 * record ("限性别") covers every item whose catalogue entry carries a sex restriction.
 *
 * @param sex                1 male only, 2 female only (GB/T 2261.1)
 * @param minAgeYears        inclusive lower age bound in whole years
 * @param maxAgeYears        inclusive upper age bound in whole years (children under 18: 17)
 * @param minHospitalLevel   1, 2 or 3; "限二级" means level ≥ 2
 * @param indications        ICD-10 code prefixes; the item is paid only with a matching diagnosis (限定适应症)
 * @param visitType          payable only for inpatients or only for outpatients
 * @param maxQuantityPerDay  largest quantity charged per calendar day (hospital time zone)
 * @param maxQuantityPerStay largest quantity charged per stay
 * @param firstLineItems     codes of first-line items that must have been used earlier in the stay (二线用药)
 * @param requiresItems      codes of which at least one must be ordered in the same stay (项目依赖)
 * @param excludesItems      codes that may not be ordered in the same stay (项目互斥)
 * @param maxPaymentDays     paid for at most this many days of the stay (限定支付疗程)
 * @param insuranceTypes     paid only by these insurance types (限定保险类型)
 * @param note               the catalogue's own wording of the restriction (限定支付范围), e.g. "限重症感染";
 *                           for messages only, rules read the structured fields
 */
public record ItemRestrictions(Integer sex, Integer minAgeYears, Integer maxAgeYears, Integer minHospitalLevel,
        List<String> indications, EncounterType visitType, BigDecimal maxQuantityPerDay,
        BigDecimal maxQuantityPerStay, List<String> firstLineItems, List<String> requiresItems,
        List<String> excludesItems, Integer maxPaymentDays, Set<InsuranceType> insuranceTypes, String note) {

    public static final ItemRestrictions NONE = new ItemRestrictions(null, null, null, null, List.of(), null, null,
            null, List.of(), List.of(), List.of(), null, Set.of(), null);

    public ItemRestrictions {
        indications = indications == null ? List.of() : List.copyOf(indications);
        firstLineItems = firstLineItems == null ? List.of() : List.copyOf(firstLineItems);
        requiresItems = requiresItems == null ? List.of() : List.copyOf(requiresItems);
        excludesItems = excludesItems == null ? List.of() : List.copyOf(excludesItems);
        insuranceTypes = insuranceTypes == null ? Set.of() : Set.copyOf(insuranceTypes);
        note = note == null || note.isBlank() ? null : note;
    }

    /** Restrictions without a note (the shape before {@code note} was added). */
    public ItemRestrictions(Integer sex, Integer minAgeYears, Integer maxAgeYears, Integer minHospitalLevel,
            List<String> indications, EncounterType visitType, BigDecimal maxQuantityPerDay,
            BigDecimal maxQuantityPerStay, List<String> firstLineItems, List<String> requiresItems,
            List<String> excludesItems, Integer maxPaymentDays, Set<InsuranceType> insuranceTypes) {
        this(sex, minAgeYears, maxAgeYears, minHospitalLevel, indications, visitType, maxQuantityPerDay,
                maxQuantityPerStay, firstLineItems, requiresItems, excludesItems, maxPaymentDays, insuranceTypes,
                null);
    }
}
