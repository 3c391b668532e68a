package cn.yibao.guard.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;

/**
 * 限定支付条件 as JSON (and as the CSV's restriction columns): the same fields as {@link ItemRestrictions};
 * absent or empty means "no restriction".
 */
@AgeRange
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"sex", "minAgeYears", "maxAgeYears", "minHospitalLevel", "visitType", "indications",
        "maxQuantityPerDay", "maxQuantityPerStay", "maxPaymentDays", "firstLineItems", "requiresItems",
        "excludesItems", "insuranceTypes", "note"})
public record RestrictionsDocument(
        @Min(value = 1, message = "must be 1 (male) or 2 (female)")
        @Max(value = 2, message = "must be 1 (male) or 2 (female)") Integer sex,
        @Min(value = 0, message = "must be between 0 and 150") @Max(value = 150, message = "must be between 0 and 150")
        Integer minAgeYears,
        @Min(value = 0, message = "must be between 0 and 150") @Max(value = 150, message = "must be between 0 and 150")
        Integer maxAgeYears,
        @Min(value = 1, message = "must be 1, 2 or 3") @Max(value = 3, message = "must be 1, 2 or 3")
        Integer minHospitalLevel,
        EncounterType visitType,
        @Size(max = 200) List<@NotBlank @Pattern(regexp = Codes.ICD10_PREFIX, message = Codes.ICD10_MESSAGE)
                String> indications,
        @DecimalMin(value = "0", message = "must be a decimal ≥ 0")
        @Digits(integer = 9, fraction = 4, message = "must have at most 9 digits before and 4 after the point")
        BigDecimal maxQuantityPerDay,
        @DecimalMin(value = "0", message = "must be a decimal ≥ 0")
        @Digits(integer = 9, fraction = 4, message = "must have at most 9 digits before and 4 after the point")
        BigDecimal maxQuantityPerStay,
        @Min(value = 1, message = "must be between 1 and 3650") @Max(value = 3650, message = "must be between 1 and 3650")
        Integer maxPaymentDays,
        @Size(max = 100) List<@NotBlank @Size(max = Codes.NATIONAL_MAX)
                @Pattern(regexp = Codes.NATIONAL, message = Codes.NATIONAL_MESSAGE) String> firstLineItems,
        @Size(max = 100) List<@NotBlank @Size(max = Codes.NATIONAL_MAX)
                @Pattern(regexp = Codes.NATIONAL, message = Codes.NATIONAL_MESSAGE) String> requiresItems,
        @Size(max = 100) List<@NotBlank @Size(max = Codes.NATIONAL_MAX)
                @Pattern(regexp = Codes.NATIONAL, message = Codes.NATIONAL_MESSAGE) String> excludesItems,
        List<@NotNull InsuranceType> insuranceTypes,
        @Size(max = 500) String note) {

    public RestrictionsDocument {
        indications = Texts.stripAll(indications);
        maxQuantityPerDay = Decimals.normalize(maxQuantityPerDay);
        maxQuantityPerStay = Decimals.normalize(maxQuantityPerStay);
        firstLineItems = Texts.stripAll(firstLineItems);
        requiresItems = Texts.stripAll(requiresItems);
        excludesItems = Texts.stripAll(excludesItems);
        insuranceTypes = insuranceTypes == null ? List.of() : insuranceTypes;
        note = Texts.clean(note);
    }

    /** True when no field is set: the document says the same as no document. */
    public boolean restrictsNothing() {
        return sex == null && minAgeYears == null && maxAgeYears == null && minHospitalLevel == null
                && visitType == null && indications.isEmpty() && maxQuantityPerDay == null
                && maxQuantityPerStay == null && maxPaymentDays == null && firstLineItems.isEmpty()
                && requiresItems.isEmpty() && excludesItems.isEmpty() && insuranceTypes.isEmpty() && note == null;
    }

    /** The model's restrictions; call only on a validated document. */
    public ItemRestrictions toRestrictions() {
        EnumSet<InsuranceType> types = EnumSet.noneOf(InsuranceType.class);
        types.addAll(insuranceTypes);
        return new ItemRestrictions(sex, minAgeYears, maxAgeYears, minHospitalLevel, indications, visitType,
                maxQuantityPerDay, maxQuantityPerStay, firstLineItems, requiresItems, excludesItems, maxPaymentDays,
                types, note);
    }

    /** The document for the model's restrictions; {@code null} when nothing is restricted or noted. */
    public static RestrictionsDocument of(ItemRestrictions r) {
        if (r == null || r.equals(ItemRestrictions.NONE)) {
            return null;
        }
        List<InsuranceType> types = r.insuranceTypes().stream().sorted(Comparator.naturalOrder()).toList();
        return new RestrictionsDocument(r.sex(), r.minAgeYears(), r.maxAgeYears(), r.minHospitalLevel(),
                r.visitType(), r.indications(), r.maxQuantityPerDay(), r.maxQuantityPerStay(), r.maxPaymentDays(),
                r.firstLineItems(), r.requiresItems(), r.excludesItems(), types, r.note());
    }
}
