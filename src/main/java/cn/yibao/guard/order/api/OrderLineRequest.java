package cn.yibao.guard.order.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A draft order line (医嘱明细). The item is named by national code, HIS code or generic name, at least one;
 * a line whose item cannot be matched is still checked and reported as unmatched.
 */
@ItemNamed
public record OrderLineRequest(
        @NotBlank @Size(max = 64) String lineId,
        @Size(max = 64) String itemCode,
        @Size(max = 64) String hisCode,
        @Size(max = 200) String genericName,
        @Size(max = 200) String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(MAX_QUANTITY)
        @Digits(integer = 6, fraction = 4) BigDecimal quantity,
        @DecimalMin("0") @DecimalMax(MAX_UNIT_PRICE) @Digits(integer = 8, fraction = 2) BigDecimal unitPrice,
        @Size(max = 32) String frequency,
        @Min(1) @Max(366) Integer days,
        @Size(max = 32) String doctorCode,
        Boolean longTerm,
        @NotNull OffsetDateTime orderedAt) {

    /** No single order line asks for more than this quantity. */
    public static final String MAX_QUANTITY = "100000";
    /** Yuan; the dearest catalogue items cost a few hundred thousand. */
    public static final String MAX_UNIT_PRICE = "10000000";

    public boolean isLongTerm() {
        return Boolean.TRUE.equals(longTerm);
    }

    /** The same line with the ordering doctor filled in. */
    public OrderLineRequest withDoctorCode(String code) {
        return new OrderLineRequest(lineId, itemCode, hisCode, genericName, name, quantity, unitPrice, frequency, days,
                code, longTerm, orderedAt);
    }
}
