package cn.yibao.guard.catalog;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One catalogue item as JSON: the body of {@code PUT /api/v1/catalog/items/{code}}, one element of a JSON
 * import or export, and what the item endpoints answer. Text fields are trimmed; empty text means "none".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "name", "kind", "paymentClass", "selfPayRatio", "priceCap", "genericName", "ingredient",
        "drugClass", "unit", "restrictions"})
public record ItemDocument(
        @NotBlank @Size(max = Codes.NATIONAL_MAX)
        @Pattern(regexp = Codes.NATIONAL, message = Codes.NATIONAL_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull ItemKind kind,
        @NotNull PaymentClass paymentClass,
        @DecimalMin(value = "0", message = "must be a decimal between 0 and 1")
        @DecimalMax(value = "1", message = "must be a decimal between 0 and 1")
        @Digits(integer = 1, fraction = 4, message = "must have at most 4 decimals") BigDecimal selfPayRatio,
        @DecimalMin(value = "0", message = "must be a decimal ≥ 0")
        @Digits(integer = 10, fraction = 2, message = "must be yuan with at most 10 digits and 2 decimals")
        BigDecimal priceCap,
        @Size(max = 200) String genericName,
        @Size(max = 200) String ingredient,
        @Size(max = 200) String drugClass,
        @Size(max = 32) String unit,
        @Valid RestrictionsDocument restrictions) {

    public ItemDocument {
        code = Texts.clean(code);
        name = Texts.clean(name);
        selfPayRatio = Decimals.normalize(selfPayRatio);
        priceCap = Decimals.normalize(priceCap);
        genericName = Texts.clean(genericName);
        ingredient = Texts.clean(ingredient);
        drugClass = Texts.clean(drugClass);
        unit = Texts.clean(unit);
        if (restrictions != null && restrictions.restrictsNothing()) {
            restrictions = null;
        }
    }

    /** The model's item; call only on a validated document. */
    public CatalogItem toItem() {
        return new CatalogItem(code, name, kind, paymentClass, selfPayRatio, priceCap, genericName, ingredient,
                drugClass, unit, restrictions == null ? ItemRestrictions.NONE : restrictions.toRestrictions());
    }

    public static ItemDocument of(CatalogItem item) {
        return new ItemDocument(item.code(), item.name(), item.kind(), item.paymentClass(), item.selfPayRatio(),
                item.priceCap(), item.genericName(), item.ingredient(), item.drugClass(), item.unit(),
                RestrictionsDocument.of(item.restrictions()));
    }

    /** The same item under another code (the path of a PUT wins over the body). */
    public ItemDocument withCode(String newCode) {
        return new ItemDocument(newCode, name, kind, paymentClass, selfPayRatio, priceCap, genericName, ingredient,
                drugClass, unit, restrictions);
    }
}
