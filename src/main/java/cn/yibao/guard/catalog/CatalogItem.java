package cn.yibao.guard.catalog;

import java.math.BigDecimal;

/**
 * 医保目录条目: one item of the insurance catalogue (drug, service item or material) with its payment
 * class and the conditions under which insurance pays for it. A blank generic name, ingredient or class is taken
 * as none ({@code null}).
 *
 * @param code         national catalogue code (国家医保编码): 20- or 23-character drug codes, 15-digit service codes
 * @param genericName  drugs: 通用名, used to match orders that carry only a generic name
 * @param ingredient   drugs: active ingredient, for duplicate-medication checks (重复用药)
 * @param drugClass    drugs: pharmacological class, for duplicate-medication checks within a class
 * @param selfPayRatio 乙类 self-pay share in [0, 1]; {@code null} when none
 * @param priceCap     highest unit price insurance accepts (最高限价); {@code null} when none
 */
public record CatalogItem(String code, String name, ItemKind kind, PaymentClass paymentClass,
        BigDecimal selfPayRatio, BigDecimal priceCap, String genericName, String ingredient, String drugClass,
        String unit, ItemRestrictions restrictions) {

    public CatalogItem {
        restrictions = restrictions == null ? ItemRestrictions.NONE : restrictions;
        // blank means none, as in an import; every order line of a check then reads these without testing them
        genericName = blankToNull(genericName);
        ingredient = blankToNull(ingredient);
        drugClass = blankToNull(drugClass);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
